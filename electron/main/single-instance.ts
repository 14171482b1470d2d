/**
 * One running Shiftwell per user: a second launch focuses the existing window and exits.
 *
 * Two instances would open the same IndexedDB and window-state files and race each other.
 */

/** The app calls single-instance handling uses. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

/** The window calls used to bring the existing window forward. */
export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * Take the single-instance lock. Without it, quit and return false; with it, focus (and un-minimise) the existing
 * window whenever a second instance starts, and return true.
 */
export function ensureSingleInstance(
  app: SingleInstanceApp,
  getWindow: () => FocusableWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = getWindow();
    if (window === null) {
      return;
    }
    if (window.isMinimized()) {
      window.restore();
    }
    window.show();
    window.focus();
  });
  return true;
}
