/**
 * The application menu: a pure template builder and the thin wiring that installs it.
 */
import type { MenuItemConstructorOptions } from 'electron';

/** What the menu depends on. */
export interface MenuTemplateInput {
  readonly isMac: boolean;
  /** Development builds get reload and developer tools; packaged builds never do. */
  readonly isDev: boolean;
  readonly appName: string;
  /** Shows the About dialog. */
  readonly onAbout: () => void;
}

/** Build the menu template: App (macOS), File, Edit, View, Window and Help, with developer items only in dev. */
export function buildMenuTemplate({
  isMac,
  isDev,
  appName,
  onAbout,
}: MenuTemplateInput): MenuItemConstructorOptions[] {
  const aboutItem: MenuItemConstructorOptions = { label: `About ${appName}`, click: onAbout };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            aboutItem,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  const developerItems: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return [
    ...appMenu,
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...developerItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Window',
      submenu: isMac
        ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
        : [{ role: 'minimize' }, { role: 'close' }],
    },
    { role: 'help', submenu: [aboutItem] },
  ];
}

/** The text of the About dialog. */
export function buildAboutMessage(appName: string, version: string): { message: string; detail: string } {
  return {
    message: appName,
    detail: `Version ${version}\nOffline training and shift check-ins for service teams.`,
  };
}
