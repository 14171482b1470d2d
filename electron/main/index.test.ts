import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

/**
 * A stand-in for every Electron API index.ts touches. It records calls in its own log, because Vitest clears
 * mock histories before each test and the wiring runs once, at import.
 */
const electron = vi.hoisted(() => {
  const log: string[] = [];
  const state = { userData: '', menuTemplate: undefined as unknown };
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const windows: { options: unknown; loadedUrls: string[] }[] = [];
  class BrowserWindow {
    readonly loadedUrls: string[] = [];
    constructor(readonly options: unknown) {
      log.push('new BrowserWindow');
      windows.push(this);
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrls.push(url);
      return Promise.resolve();
    }
    on(): this {
      return this;
    }
    once(): this {
      return this;
    }
  }
  const record = (entry: string) => () => {
    log.push(entry);
  };
  const module = {
    app: {
      name: 'Shiftwell',
      isPackaged: true,
      enableSandbox: record('app.enableSandbox'),
      requestSingleInstanceLock: () => {
        log.push('app.requestSingleInstanceLock');
        return true;
      },
      quit: record('app.quit'),
      on: (event: string, listener: (...args: unknown[]) => void) => {
        appListeners.set(event, listener);
      },
      whenReady: () => ready,
      isReady: () => true,
      getVersion: () => '0.1.0',
      getPath: (name: string) => (name === 'userData' ? state.userData : '/home/sam/Documents'),
    },
    protocol: {
      registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'),
      handle: (scheme: string) => {
        log.push(`protocol.handle ${scheme}`);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: record('session.setPermissionRequestHandler'),
        setPermissionCheckHandler: record('session.setPermissionCheckHandler'),
        setDevicePermissionHandler: record('session.setDevicePermissionHandler'),
      },
    },
    ipcMain: {
      handle: (channel: string) => {
        log.push(`ipcMain.handle ${channel}`);
      },
      removeHandler: () => undefined,
    },
    Menu: {
      buildFromTemplate: (template: unknown) => {
        state.menuTemplate = template;
        return template;
      },
      setApplicationMenu: record('Menu.setApplicationMenu'),
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    nativeTheme: { shouldUseDarkColors: false },
    dialog: {},
    shell: { openExternal: () => Promise.resolve() },
    BrowserWindow,
  };
  return { log, state, appListeners, windows, module, resolveReady: () => resolveReady() };
});
vi.mock('electron', () => electron.module);

electron.state.userData = await fs.mkdtemp(path.join(os.tmpdir(), 'shiftwell-main-'));
await import('./index');

afterAll(async () => {
  await fs.rm(electron.state.userData, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('registers the app scheme and enables the sandbox before the app is ready', () => {
    expect(electron.log.slice(0, 3)).toEqual([
      'protocol.registerSchemesAsPrivileged',
      'app.enableSandbox',
      'app.requestSingleInstanceLock',
    ]);
    expect(electron.log).not.toContain('protocol.handle app');
    expect(electron.log).not.toContain('new BrowserWindow');
  });

  it('handles second instances, and window-all-closed and activate for the platform rules', () => {
    expect([...electron.appListeners.keys()]).toEqual(
      expect.arrayContaining(['second-instance', 'window-all-closed', 'activate']),
    );
  });

  it('once ready, serves app://, applies security, the bridge and the menu, and only then opens the window', async () => {
    electron.resolveReady();
    await vi.waitFor(() => {
      expect(electron.windows).toHaveLength(1);
    });
    const windowAt = electron.log.indexOf('new BrowserWindow');
    for (const step of [
      'protocol.handle app',
      'session.setPermissionRequestHandler',
      'session.setPermissionCheckHandler',
      'session.setDevicePermissionHandler',
      'ipcMain.handle app:get-info',
      'ipcMain.handle files:save-file',
      'ipcMain.handle files:open-file',
      'ipcMain.handle reports:print-to-pdf',
      'Menu.setApplicationMenu',
    ]) {
      expect(electron.log.indexOf(step), step).toBeGreaterThanOrEqual(0);
      expect(electron.log.indexOf(step), step).toBeLessThan(windowAt);
    }
    expect(electron.appListeners.has('web-contents-created')).toBe(true);
  });

  it('loads the renderer from app://shiftwell with the bundled preload beside the main bundle', () => {
    const [window] = electron.windows;
    expect(window?.loadedUrls).toEqual(['app://shiftwell/index.html']);
    const { webPreferences } = window?.options as { webPreferences: { preload: string; sandbox: boolean } };
    expect(path.basename(webPreferences.preload)).toBe('preload.cjs');
    expect(webPreferences.sandbox).toBe(true);
  });

  it('builds a menu without developer tools when packaged', () => {
    expect(electron.state.menuTemplate).toBeDefined();
    expect(JSON.stringify(electron.state.menuTemplate)).not.toContain('toggleDevTools');
  });

  it('quits when the last window closes, except on macOS', () => {
    electron.appListeners.get('window-all-closed')?.();
    expect(electron.log.filter((entry) => entry === 'app.quit')).toHaveLength(
      process.platform === 'darwin' ? 0 : 1,
    );
  });
});
