import type { MenuItemConstructorOptions } from 'electron';
import { t } from '../shared/i18n';
import type { MenuCommand } from '../shared/menu-commands';

export interface MenuActions {
  send: (command: MenuCommand) => void;
  showAbout: () => void;
  /** Developer tools only in development builds. */
  developerTools: boolean;
}

/**
 * The application menu, in the current language: the ribbon's commands with their shortcuts. The shortcuts are only shown
 * here (registerAccelerator: false): the window handles the keys itself, so each key runs its
 * command once, in the app and in the browser tests alike.
 */
export function menuTemplate({ send, showAbout, developerTools }: MenuActions): MenuItemConstructorOptions[] {
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(name),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  });
  return [
    {
      label: t('menu.file'),
      submenu: [
        command(t('menu.new'), 'newAccount', 'CmdOrCtrl+N'),
        command(t('menu.save'), 'save', 'CmdOrCtrl+S'),
        { type: 'separator' },
        command(t('menu.import'), 'import'),
        command(t('menu.export'), 'export'),
        { type: 'separator' },
        { role: 'quit', label: t('menu.exit') },
      ],
    },
    {
      label: t('menu.edit'),
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
      label: t('menu.account'),
      submenu: [
        command(t('menu.test'), 'testConnection', 'F5'),
        command(t('menu.cancelTest'), 'cancelTest', 'Esc'),
        command(t('menu.testAll'), 'testAll'),
        { type: 'separator' },
        command(t('menu.duplicate'), 'duplicate'),
        command(t('menu.delete'), 'delete'),
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(developerTools ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    { label: t('menu.help'), submenu: [{ label: t('menu.about'), click: showAbout }] },
  ];
}
