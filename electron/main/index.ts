/**
 * The main process entry: wiring only. Every rule and behaviour lives in the small modules it imports.
 *
 * Bundled to `dist/electron/main.cjs`; the preload sits beside it and the renderer in `dist/renderer`.
 */
import { app, dialog, Menu, nativeTheme, protocol, screen, session, shell } from 'electron';
import type { BrowserWindow, Rectangle } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import { APP_SCHEME } from '../../shared/bridge';
import { createAppProtocolHandler, registerAppScheme } from './app-protocol';
import type { FileDialogs } from './bridge-handlers';
import { createBridgeHandlers, registerBridgeHandlers } from './bridge-handlers';
import { createMainWindow } from './main-window';
import { buildAboutMessage, buildMenuTemplate } from './menu';
import { applySecurityPolicies } from './security';
import { ROLLING_BACKUPS_DIR } from './rolling-backups';
import { ensureSingleInstance } from './single-instance';
import { loadWindowState, saveWindowState, WINDOW_STATE_FILE_NAME } from './window-state';

const RENDERER_DIR = path.join(__dirname, '../renderer');
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;

function currentWorkAreas(): Rectangle[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

async function openMainWindow(): Promise<void> {
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE_NAME);
  const state = await loadWindowState(fs, stateFile, currentWorkAreas());
  const window = createMainWindow({
    preloadPath: PRELOAD_PATH,
    state,
    isDarkMode: nativeTheme.shouldUseDarkColors,
    saveState: (closingState) => {
      saveWindowState(fs, stateFile, closingState).catch((error: unknown) => {
        console.error('Could not save the window state', error);
      });
    },
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  mainWindow = window;
}

const dialogs: FileDialogs = {
  showSaveDialog: (options) =>
    mainWindow === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(mainWindow, options),
  showOpenDialog: (options) =>
    mainWindow === null ? dialog.showOpenDialog(options) : dialog.showOpenDialog(mainWindow, options),
};

function showAboutDialog(): void {
  const { message, detail } = buildAboutMessage(app.name, app.getVersion());
  const options = { type: 'info' as const, title: `About ${app.name}`, message, detail, buttons: ['OK'] };
  const shown =
    mainWindow === null ? dialog.showMessageBox(options) : dialog.showMessageBox(mainWindow, options);
  shown.catch((error: unknown) => {
    console.error('Could not show the About dialog', error);
  });
}

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: RENDERER_DIR, fs }));
  applySecurityPolicies({
    app,
    session: session.defaultSession,
    openExternal: (url) => shell.openExternal(url),
  });
  registerBridgeHandlers(
    createBridgeHandlers({
      appVersion: app.getVersion(),
      platform: process.platform,
      documentsDir: app.getPath('documents'),
      backupsDir: path.join(app.getPath('userData'), ROLLING_BACKUPS_DIR),
      dialogs,
      fs,
    }),
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isMac: process.platform === 'darwin',
        isDev: !app.isPackaged,
        appName: app.name,
        onAbout: showAboutDialog,
      }),
    ),
  );
  await openMainWindow();
}

registerAppScheme();
app.enableSandbox();

if (ensureSingleInstance(app, () => mainWindow)) {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') {
      app.quit();
    }
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) {
      openMainWindow().catch((error: unknown) => {
        console.error('Could not reopen the main window', error);
      });
    }
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Shiftwell could not start', error);
      app.quit();
    });
}
