import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { windows, FakeBrowserWindow } = vi.hoisted(() => {
  class FakeBrowserWindow {
    readonly listeners = new Map<string, () => void>();
    readonly maximize = vi.fn();
    readonly show = vi.fn();
    readonly loadURL = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
    constructor(readonly options: BrowserWindowConstructorOptions) {
      windows.push(this);
    }
    on(event: string, listener: () => void): this {
      this.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: () => void): this {
      return this.on(event, listener);
    }
    emit(event: string): void {
      this.listeners.get(event)?.();
    }
    getNormalBounds() {
      return { x: 5, y: 6, width: 1000, height: 700 };
    }
    isMaximized(): boolean {
      return false;
    }
  }
  const windows: FakeBrowserWindow[] = [];
  return { windows, FakeBrowserWindow };
});
vi.mock('electron', () => ({ BrowserWindow: FakeBrowserWindow }));

import { createMainWindow } from './main-window';

function lastWindow() {
  const window = windows.at(-1);
  if (window === undefined) {
    throw new Error('No window was created');
  }
  return window;
}

const input = {
  preloadPath: '/app/dist/electron/preload.cjs',
  state: { bounds: { x: 1, y: 2, width: 1100, height: 750 }, isMaximized: false },
  isDarkMode: false,
  saveState: vi.fn(),
};

describe('createMainWindow', () => {
  beforeEach(() => {
    windows.length = 0;
    input.saveState.mockClear();
  });

  it('builds the window from the secure options at the restored bounds and loads app://shiftwell', () => {
    createMainWindow(input);
    const window = lastWindow();
    expect(window.options).toMatchObject({ x: 1, y: 2, width: 1100, height: 750, show: false });
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      sandbox: true,
      contextIsolation: true,
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://shiftwell/index.html');
  });

  it('shows the window only when it is ready, maximised if it was', () => {
    createMainWindow({ ...input, state: { ...input.state, isMaximized: true } });
    const window = lastWindow();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledTimes(1);
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('does not maximise a window that was not maximised', () => {
    createMainWindow(input);
    lastWindow().emit('ready-to-show');
    expect(lastWindow().maximize).not.toHaveBeenCalled();
  });

  it('saves the window state when the window closes', () => {
    createMainWindow(input);
    lastWindow().emit('close');
    expect(input.saveState).toHaveBeenCalledWith({
      bounds: { x: 5, y: 6, width: 1000, height: 700 },
      isMaximized: false,
    });
  });
});
