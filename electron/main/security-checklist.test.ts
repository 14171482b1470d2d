/**
 * Electron's security checklist, item by item, proved against our main-process code.
 *
 * One `describe` per recommendation, numbered as in https://www.electronjs.org/docs/latest/tutorial/security
 * (1–20). Each applicable item exercises the module that implements it; an item that does not apply says why
 * in its title and still asserts the fact that makes it not apply (e.g. no `<webview>` anywhere). The detailed
 * behaviour lives in each module's own tests; this file is the audit view.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';

type InvokeListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const electron = vi.hoisted(() => {
  const ipcHandlers = new Map<string, InvokeListener>();
  const exposed: [string, Record<string, unknown>][] = [];
  return {
    ipcHandlers,
    exposed,
    module: {
      ipcMain: {
        handle: (channel: string, listener: InvokeListener) => ipcHandlers.set(channel, listener),
        removeHandler: (channel: string) => ipcHandlers.delete(channel),
      },
      ipcRenderer: { invoke: () => Promise.resolve() },
      contextBridge: {
        exposeInMainWorld: (name: string, api: Record<string, unknown>) => exposed.push([name, api]),
      },
      protocol: { registerSchemesAsPrivileged: () => undefined },
    },
  };
});
vi.mock('electron', () => electron.module);

import { APP_ORIGIN, BRIDGE_GLOBAL, bridgeChannels } from '../../shared/bridge';
import { bridge } from '../preload/index';
import { APP_SCHEME_REGISTRATION, createAppProtocolHandler } from './app-protocol';
import { APP_ENTRY_URL } from './app-url';
import { EXTERNAL_ORIGIN_ALLOWLIST, isAllowedExternalUrl } from './external-links';
import { handleBridge } from './ipc-main';
import { decidePermission } from './permissions';
import type { HardenableContents, NavigationEvent, PermissionSession } from './security';
import { applyPermissionPolicy, hardenWebContents } from './security';
import { buildWindowOptions } from './window-options';

const ROOT = path.join(import.meta.dirname, '..', '..');
const webPreferences =
  buildWindowOptions({ preloadPath: '/app/preload.cjs', bounds: { width: 1200, height: 800 } })
    .webPreferences ?? {};

/** The source files (not tests) under a folder of the repository, with their text. */
function sourceFiles(folder: string, extensions = /\.(ts|tsx|html|css)$/): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  const visit = (directory: string): void => {
    for (const name of readdirSync(directory)) {
      const full = path.join(directory, name);
      if (statSync(full).isDirectory()) visit(full);
      else if (extensions.test(name) && !/\.test\.tsx?$/.test(name)) {
        found.push({ file: path.relative(ROOT, full), text: readFileSync(full, 'utf8') });
      }
    }
  };
  visit(path.join(ROOT, folder));
  return found;
}

const mainSources = [...sourceFiles('electron/main'), ...sourceFiles('electron/preload')];
const rendererSources = [
  ...sourceFiles('renderer/src'),
  { file: 'renderer/index.html', text: readFileSync(path.join(ROOT, 'renderer/index.html'), 'utf8') },
];

/** The files whose text matches a pattern. */
function filesMatching(files: readonly { file: string; text: string }[], pattern: RegExp): string[] {
  return files.filter(({ text }) => pattern.test(text)).map(({ file }) => file);
}

/** A WebContents stand-in that records the hardening's listeners. */
function hardenedContents(openExternal = vi.fn(() => Promise.resolve())) {
  const listeners = new Map<string, (event: NavigationEvent) => void>();
  let openHandler: Parameters<HardenableContents['setWindowOpenHandler']>[0] | undefined;
  const contents: HardenableContents = {
    on(event: string, listener: (event: NavigationEvent) => void) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  hardenWebContents(contents, openExternal);
  return {
    openExternal,
    /** Whether the hardening cancelled the event. */
    isCancelled(event: string, url = ''): boolean {
      let cancelled = false;
      listeners.get(event)?.({ url, preventDefault: () => (cancelled = true) });
      return cancelled;
    },
    openWindow(url: string) {
      return openHandler?.({
        url,
        frameName: '',
        features: '',
        disposition: 'new-window',
        referrer: { url: '', policy: 'no-referrer' },
      });
    },
    hasListener: (event: string) => listeners.has(event),
  };
}

/** Every file path the app:// handler has tried to read. */
const filesRead: string[] = [];
const RENDERER_ROOT = path.resolve('/dist/renderer');

/** Serves a request through the app:// handler over a fake renderer build that holds only index.html. */
function serve(url: string): Promise<Response> {
  const handler = createAppProtocolHandler({
    rootDir: RENDERER_ROOT,
    fs: {
      readFile: (filePath) => {
        filesRead.push(filePath);
        return filePath === path.join(RENDERER_ROOT, 'index.html')
          ? Promise.resolve(new TextEncoder().encode('<!doctype html>'))
          : Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' }));
      },
    },
  });
  return handler(new Request(url));
}

function cspOf(response: Response): Map<string, string[]> {
  const header = response.headers.get('Content-Security-Policy') ?? '';
  return new Map(
    header.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const HOSTILE_URLS = [
  'https://evil.example/',
  'http://app.shiftwell/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'app://shiftwell.evil.example/index.html',
  'app://evil/index.html',
  'about:blank',
  'smb://server/share',
];

describe('1. Only load secure content', () => {
  it('loads the renderer from app://shiftwell only, and its CSP lets nothing be fetched from http(s)', async () => {
    expect(APP_ENTRY_URL).toBe(`${APP_ORIGIN}/index.html`);
    expect(filesMatching(mainSources, /\.loadURL\(/)).toEqual(['electron/main/main-window.ts']);
    expect(readFileSync(path.join(ROOT, 'electron/main/main-window.ts'), 'utf8')).toMatch(
      /loadURL\(APP_ENTRY_URL\)/,
    );
    const csp = cspOf(await serve(APP_ENTRY_URL));
    for (const [directive, sources] of csp) {
      expect(sources.join(' '), directive).not.toMatch(/https?:|\*|wss?:/);
    }
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });
});

describe('2. Do not enable Node.js integration for remote content', () => {
  it('the only window has Node integration off in the page, its workers and sub-frames', () => {
    expect(webPreferences.nodeIntegration).toBe(false);
    expect(webPreferences.nodeIntegrationInWorker).toBe(false);
    expect(webPreferences.nodeIntegrationInSubFrames).toBe(false);
    expect(filesMatching(mainSources, /new BrowserWindow\(/)).toEqual(['electron/main/main-window.ts']);
    expect(filesMatching(mainSources, /nodeIntegration\w*:\s*true/)).toEqual([]);
  });
});

describe('3. Enable context isolation', () => {
  it('the window isolates its preload from the page, and the preload uses contextBridge', () => {
    expect(webPreferences.contextIsolation).toBe(true);
    expect(electron.exposed.map(([name]) => name)).toEqual([BRIDGE_GLOBAL]);
  });
});

describe('4. Enable process sandboxing', () => {
  it('the window is sandboxed and the app enables the sandbox for every renderer before it is ready', () => {
    expect(webPreferences.sandbox).toBe(true);
    const index = readFileSync(path.join(ROOT, 'electron/main/index.ts'), 'utf8');
    expect(index).toMatch(/\napp\.enableSandbox\(\);[\s\S]*\.whenReady\(\)/);
  });
});

describe('5. Handle session permission requests from remote content', () => {
  it('requests, checks and devices are all answered by our policy: nothing but persistent storage for our origin', () => {
    const calls: string[] = [];
    const session: PermissionSession = {
      setPermissionRequestHandler: () => calls.push('request'),
      setPermissionCheckHandler: () => calls.push('check'),
      setDevicePermissionHandler: () => calls.push('device'),
    };
    applyPermissionPolicy(session);
    expect(calls.sort()).toEqual(['check', 'device', 'request']);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      expect(decidePermission({ permission, origin: APP_ORIGIN }), permission).toBe(false);
    }
    expect(decidePermission({ permission: 'persistent-storage', origin: APP_ORIGIN })).toBe(true);
    for (const origin of HOSTILE_URLS) {
      expect(decidePermission({ permission: 'persistent-storage', origin }), origin).toBe(false);
    }
  });
});

describe('6. Do not disable webSecurity', () => {
  it('webSecurity is left at its default (on) and never set anywhere', () => {
    expect(webPreferences).not.toHaveProperty('webSecurity');
    expect(filesMatching(mainSources, /webSecurity\s*:/)).toEqual([]);
  });
});

describe('7. Define a Content Security Policy', () => {
  it('every app:// response (page, missing file, refused path) carries a strict CSP header', async () => {
    for (const url of [APP_ENTRY_URL, `${APP_ORIGIN}/missing.js`, `${APP_ORIGIN}/..%2f..%2fetc/passwd`]) {
      const csp = cspOf(await serve(url));
      expect(csp.get('script-src'), url).toEqual(["'self'"]);
      expect(csp.get('object-src'), url).toEqual(["'none'"]);
      expect(csp.get('base-uri'), url).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors'), url).toEqual(["'none'"]);
      for (const [directive, sources] of csp) {
        expect(sources, `${url} ${directive}`).not.toContain("'unsafe-eval'");
        if (directive.startsWith('script') || directive === 'default-src') {
          expect(sources, `${url} ${directive}`).not.toContain("'unsafe-inline'");
        }
      }
    }
  });
});

describe('8. Do not enable allowRunningInsecureContent', () => {
  it('is never set', () => {
    expect(webPreferences).not.toHaveProperty('allowRunningInsecureContent');
    expect(filesMatching(mainSources, /allowRunningInsecureContent\s*:/)).toEqual([]);
  });
});

describe('9. Do not enable experimental features', () => {
  it('is never set', () => {
    expect(webPreferences).not.toHaveProperty('experimentalFeatures');
    expect(filesMatching(mainSources, /experimentalFeatures\s*:/)).toEqual([]);
  });
});

describe('10. Do not use enableBlinkFeatures', () => {
  it('is never set', () => {
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(filesMatching(mainSources, /enableBlinkFeatures/)).toEqual([]);
  });
});

describe('11. Do not use allowpopups for WebViews', () => {
  it('does not apply: there is no <webview> anywhere in the renderer, and the webview tag is disabled', () => {
    expect(filesMatching(rendererSources, /<webview|allowpopups/i)).toEqual([]);
    expect(webPreferences.webviewTag).toBe(false);
  });
});

describe('12. Verify WebView options before creation', () => {
  it('does not apply, since no webview is ever created: every will-attach-webview is cancelled outright', () => {
    expect(hardenedContents().isCancelled('will-attach-webview')).toBe(true);
  });
});

describe('13. Disable or limit navigation', () => {
  it('main-frame and sub-frame navigations and redirects leave app://shiftwell for nowhere', () => {
    const contents = hardenedContents();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(contents.isCancelled(event, `${APP_ORIGIN}/training`), event).toBe(false);
      for (const url of HOSTILE_URLS) expect(contents.isCancelled(event, url), `${event} ${url}`).toBe(true);
    }
    expect(contents.openExternal).not.toHaveBeenCalled();
  });
});

describe('14. Disable or limit creation of new windows', () => {
  it('window.open is denied for every URL, our own included', () => {
    const contents = hardenedContents();
    for (const url of [APP_ENTRY_URL, ...HOSTILE_URLS])
      expect(contents.openWindow(url), url).toEqual({ action: 'deny' });
  });
});

describe('15. Do not use shell.openExternal with untrusted content', () => {
  it('only exact, allowlisted https origins may open (and the allowlist is empty), wired in one place', () => {
    expect(EXTERNAL_ORIGIN_ALLOWLIST).toEqual([]);
    const allowlist = ['https://help.example.org'];
    expect(isAllowedExternalUrl('https://help.example.org/guide', allowlist)).toBe(true);
    for (const url of [
      ...HOSTILE_URLS,
      'http://help.example.org/guide',
      'https://user:pass@help.example.org/',
      'https://help.example.org.evil.example/',
      'ms-msdt:/id PCWDiagnostic',
    ]) {
      expect(isAllowedExternalUrl(url, allowlist), url).toBe(false);
    }
    expect(filesMatching(mainSources, /shell\.openExternal\(/)).toEqual(['electron/main/index.ts']);
  });
});

describe('16. Use a current version of Electron', () => {
  /** The oldest major still supported when this was written; raise it as Electron releases new majors. */
  const SUPPORTED_MAJOR_FLOOR = 45;

  it('pins an exact Electron release, the one installed, at a supported major', () => {
    const pinned = (
      JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
        devDependencies: Record<string, string>;
      }
    ).devDependencies.electron;
    const installed = (
      JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(pinned);
    expect(Number(installed.split('.')[0])).toBeGreaterThanOrEqual(SUPPORTED_MAJOR_FLOOR);
  });
});

describe('17. Validate the sender of all IPC messages', () => {
  it('every bridge channel refuses other origins, sub-frames and missing frames, and invalid payloads', async () => {
    for (const method of Object.keys(bridgeChannels) as (keyof typeof bridgeChannels)[]) {
      const handler = vi.fn(() => Promise.resolve({}));
      const remove = handleBridge(method, handler as never);
      const listener = electron.ipcHandlers.get(bridgeChannels[method].channel);
      expect(listener, method).toBeDefined();
      const event = (url: string | null, parent: unknown = null) =>
        ({ senderFrame: url === null ? null : { url, parent }, sender: {} }) as unknown as IpcMainInvokeEvent;
      for (const url of HOSTILE_URLS)
        await expect(listener?.(event(url), {}), `${method} ${url}`).rejects.toThrow(/Refused/);
      await expect(listener?.(event(APP_ENTRY_URL, {}), {})).rejects.toThrow(/Refused/);
      await expect(listener?.(event(null), {})).rejects.toThrow(/Refused/);
      for (const payload of [
        undefined,
        null,
        'x',
        [],
        { unexpected: true },
        { __proto__: { polluted: true } },
      ]) {
        await expect(
          listener?.(event(APP_ENTRY_URL), payload),
          `${method} ${JSON.stringify(payload)}`,
        ).rejects.toThrow(/Refused/);
      }
      await expect(listener?.(event(APP_ENTRY_URL), {}, 'extra')).rejects.toThrow(/Refused/);
      expect(handler).not.toHaveBeenCalled();
      remove();
    }
  });

  it('ipcMain is used only through the validating wrapper', () => {
    expect(filesMatching(mainSources, /\bipcMain\b/)).toEqual(['electron/main/ipc-main.ts']);
    expect(filesMatching(mainSources, /ipcMain\.on\(|sendSync/)).toEqual([]);
  });
});

describe('18. Avoid usage of the file:// protocol and prefer usage of custom protocols', () => {
  it('serves from a privileged app:// scheme that cannot be walked out of, and never loads file://', async () => {
    expect(APP_SCHEME_REGISTRATION.privileges).toMatchObject({ standard: true, secure: true });
    expect(filesMatching(mainSources, /file:\/\/|\.loadFile\(/)).toEqual([]);
    expect((await serve(APP_ENTRY_URL)).status).toBe(200);
    // Encoded separators, drive letters and NUL survive URL parsing, so the handler must refuse them itself.
    for (const url of [
      `${APP_ORIGIN}/..%2f..%2fetc%2fpasswd`,
      `${APP_ORIGIN}/assets/..%5c..%5csecret.txt`,
      `${APP_ORIGIN}/C:%5cWindows%5cwin.ini`,
      `${APP_ORIGIN}/index.html%00.js`,
      'app://other-host/index.html',
    ]) {
      expect((await serve(url)).status, url).toBe(403);
    }
    // Dot segments (plain or %2e-encoded) are resolved by the URL parser before the handler sees them.
    filesRead.length = 0;
    for (const url of [`${APP_ORIGIN}/../../etc/passwd.txt`, `${APP_ORIGIN}/%2e%2e/%2e%2e/etc/shadow.db`]) {
      expect((await serve(url)).status, url).toBe(404);
    }
    expect(filesRead.length).toBeGreaterThan(0);
    for (const file of filesRead) expect(file.startsWith(RENDERER_ROOT + path.sep), file).toBe(true);
  });
});

describe('19. Check which fuses you can change', () => {
  it('electron-builder flips every security fuse to its safe value', () => {
    const config = parse(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as {
      electronFuses?: Record<string, boolean>;
      asar?: boolean;
    };
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('20. Do not expose Electron APIs to untrusted web content', () => {
  it('the preload exposes four named functions, never ipcRenderer, a channel name or a generic send', () => {
    const [[name, api] = ['', {}]] = electron.exposed;
    expect(name).toBe(BRIDGE_GLOBAL);
    expect(api).toBe(bridge);
    expect(Object.keys(api).sort()).toEqual(Object.keys(bridgeChannels).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(electron.module.ipcRenderer);
    expect(Object.values(api)).not.toContain(electron.module.ipcRenderer.invoke);
  });
});
