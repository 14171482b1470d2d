/**
 * The main window's constructor options, with every security-relevant web preference stated explicitly.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/** The smallest window the layout is designed for. */
export const WINDOW_MIN_SIZE = { width: 960, height: 640 } as const;

/** Window background colours matching `--color-bg` in the renderer's tokens, so no white flash before paint. */
export const WINDOW_BACKGROUND = { light: '#f6f7f9', dark: '#12161c' } as const;

/** Where the window opens: a saved position when it is still on screen, otherwise only a size (centred). */
export interface WindowBounds {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
}

/** What the main window needs to be built. */
export interface WindowOptionsInput {
  readonly preloadPath: string;
  readonly bounds: WindowBounds;
  readonly isDarkMode?: boolean;
}

/**
 * Build the main window's options: isolated, sandboxed, no Node, no webview, hidden until first paint.
 *
 * `webSecurity` and `allowRunningInsecureContent` are deliberately left at Electron's safe defaults.
 */
export function buildWindowOptions({
  preloadPath,
  bounds,
  isDarkMode = false,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: WINDOW_MIN_SIZE.width,
    minHeight: WINDOW_MIN_SIZE.height,
    show: false,
    title: 'Shiftwell',
    backgroundColor: isDarkMode ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}
