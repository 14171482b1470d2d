import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFloor, databaseSources } from '../bench/lib/floor.mjs';

// The benchmark's cold-start floor (bench/floor) is built only by `npm run bench`, which `npm test` does not
// run: this keeps it buildable, free of database code, and the real roster screen, as the roster changes.
let outDir = '';
beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'bench-floor-test-'));
  await buildFloor(outDir);
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function sources(): string[] {
  const assets = path.join(outDir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js.map'))
    .flatMap(
      (name) => (JSON.parse(readFileSync(path.join(assets, name), 'utf8')) as { sources: string[] }).sources,
    );
}

describe('the cold-start floor', () => {
  it('builds the real roster screen, with its styles, React and i18next', () => {
    const built = sources();
    expect(built.some((source) => source.endsWith('features/profiles/RosterScreen.tsx'))).toBe(true);
    expect(built.some((source) => source.includes('node_modules/react-dom/'))).toBe(true);
    expect(built.some((source) => source.includes('node_modules/i18next/'))).toBe(true);
    const css = readdirSync(path.join(outDir, 'assets')).filter((name) => name.endsWith('.css'));
    const styles = css.map((name) => readFileSync(path.join(outDir, 'assets', name), 'utf8')).join('\n');
    expect(styles).toContain('.roster__person');
  });

  it('holds no database code', () => {
    expect(databaseSources(outDir)).toEqual([]);
    expect(sources().filter((source) => source.includes('node_modules/dexie'))).toEqual([]);
  });
});
