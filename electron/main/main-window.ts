/**
 * Creating the main window: built from `buildWindowOptions`, shown at first paint, state saved on close.
 */
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-url';
import { buildWindowOptions } from './window-options';
import type { WindowState } from './window-state';
import { captureWindowState } from './window-state';

/** What the main window is created from. */
export interface MainWindowInput {
  readonly preloadPath: string;
  /** The restored state (already fitted to the current displays). */
  readonly state: WindowState;
  readonly isDarkMode: boolean;
  /** Called with the window's state when it closes, to remember it for next time. */
  readonly saveState: (state: WindowState) => void;
}

/** Create the main window, restore its maximised state, show it when ready and load `app://shiftwell/index.html`. */
export function createMainWindow({
  preloadPath,
  state,
  isDarkMode,
  saveState,
}: MainWindowInput): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions({ preloadPath, bounds: state.bounds, isDarkMode }));
  window.once('ready-to-show', () => {
    if (state.isMaximized) {
      window.maximize();
    }
    window.show();
  });
  window.on('close', () => {
    saveState(captureWindowState(window));
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error(`Could not load ${APP_ENTRY_URL}`, error);
  });
  return window;
}
