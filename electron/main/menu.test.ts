import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildAboutMessage, buildMenuTemplate } from './menu';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return flatten(items).flatMap((item) => (item.role === undefined ? [] : [item.role]));
}

const base = { appName: 'Shiftwell', onAbout: () => undefined };

describe('buildMenuTemplate', () => {
  it('has no developer tools or reload in production builds, on any platform', () => {
    for (const isMac of [true, false]) {
      const itemRoles = roles(buildMenuTemplate({ ...base, isMac, isDev: false }));
      expect(itemRoles).not.toContain('toggleDevTools');
      expect(itemRoles).not.toContain('reload');
      expect(itemRoles).not.toContain('forceReload');
    }
  });

  it('offers reload and developer tools in development', () => {
    expect(roles(buildMenuTemplate({ ...base, isMac: false, isDev: true }))).toEqual(
      expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']),
    );
  });

  it('puts File, Edit, View, Window and Help in order, with the app menu first on macOS', () => {
    const labels = (isMac: boolean) =>
      buildMenuTemplate({ ...base, isMac, isDev: false }).map((item) => item.label ?? item.role);
    expect(labels(false)).toEqual(['File', 'Edit', 'View', 'Window', 'help']);
    expect(labels(true)).toEqual(['Shiftwell', 'File', 'Edit', 'View', 'Window', 'help']);
  });

  it('has the standard editing commands and zoom/fullscreen', () => {
    const itemRoles = roles(buildMenuTemplate({ ...base, isMac: false, isDev: false }));
    expect(itemRoles).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
      ]),
    );
  });

  it('quits from File on Windows and Linux, and closes the window from File on macOS', () => {
    const fileRoles = (isMac: boolean) =>
      roles(buildMenuTemplate({ ...base, isMac, isDev: false }).filter((item) => item.label === 'File'));
    expect(fileRoles(false)).toEqual(['quit']);
    expect(fileRoles(true)).toEqual(['close']);
  });

  it('shows the About dialog from Help', () => {
    const onAbout = vi.fn();
    const help = buildMenuTemplate({ ...base, onAbout, isMac: false, isDev: false }).find(
      (item) => item.role === 'help',
    );
    const about = Array.isArray(help?.submenu)
      ? help.submenu.find((item) => item.label === 'About Shiftwell')
      : undefined;
    expect(about).toBeDefined();
    (about?.click as () => void)();
    expect(onAbout).toHaveBeenCalledTimes(1);
  });
});

describe('buildAboutMessage', () => {
  it('names the app and its version', () => {
    const { message, detail } = buildAboutMessage('Shiftwell', '0.1.0');
    expect(message).toBe('Shiftwell');
    expect(detail).toContain('Version 0.1.0');
  });
});
