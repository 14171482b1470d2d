import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  files?: string[];
  directories?: { output?: string };
  electronFuses?: Record<string, boolean>;
  linux?: { target?: string[] };
  win?: { target?: string[] };
  mac?: { target?: string[] };
}

const config = parse(
  readFileSync(path.join(import.meta.dirname, '..', 'electron-builder.yml'), 'utf8'),
) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('identifies the app', () => {
    expect(config.appId).toBe('org.shiftwell.app');
    expect(config.productName).toBe('Shiftwell');
    expect(config.directories?.output).toBe('release');
  });

  it('builds an AppImage and a deb on Linux, an NSIS installer on Windows and a dmg on macOS', () => {
    expect(config.linux?.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win?.target).toEqual(expect.arrayContaining(['nsis']));
    expect(config.mac?.target).toEqual(expect.arrayContaining(['dmg']));
  });

  it('packs the app into an asar archive', () => {
    expect(config.asar).toBe(true);
  });

  it('ships build output and package.json only', () => {
    const includes = (config.files ?? []).filter((pattern) => !pattern.startsWith('!'));
    expect(includes.sort()).toEqual(['dist/**/*', 'package.json']);
  });

  it('flips every security fuse to its safe value', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
