import { describe, expect, it, vi } from 'vitest';
import type { FocusableWindow, SingleInstanceApp } from './single-instance';
import { ensureSingleInstance } from './single-instance';

function fakeApp(hasLock: boolean) {
  let onSecondInstance: (() => void) | undefined;
  const app: SingleInstanceApp = {
    requestSingleInstanceLock: vi.fn(() => hasLock),
    quit: vi.fn(),
    on: vi.fn((_event: 'second-instance', listener: () => void) => {
      onSecondInstance = listener;
    }),
  };
  return { app, secondInstance: () => onSecondInstance?.() };
}

function fakeWindow(isMinimized: boolean): FocusableWindow {
  return { isMinimized: () => isMinimized, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
}

describe('ensureSingleInstance', () => {
  it('quits and reports false when another instance holds the lock', () => {
    const { app } = fakeApp(false);
    expect(ensureSingleInstance(app, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.on).not.toHaveBeenCalled();
  });

  it('keeps running and reports true when it gets the lock', () => {
    const { app } = fakeApp(true);
    expect(ensureSingleInstance(app, () => null)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('restores and focuses the existing window when a second instance starts', () => {
    const { app, secondInstance } = fakeApp(true);
    const window = fakeWindow(true);
    ensureSingleInstance(app, () => window);
    secondInstance();
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.show).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
  });

  it('focuses without restoring a window that is not minimised, and ignores a missing window', () => {
    const { app, secondInstance } = fakeApp(true);
    const window = fakeWindow(false);
    let current: FocusableWindow | null = null;
    ensureSingleInstance(app, () => current);
    expect(() => secondInstance()).not.toThrow();
    current = window;
    secondInstance();
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledTimes(1);
  });
});
