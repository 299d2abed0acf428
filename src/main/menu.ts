import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/menu-commands';

export interface MenuActions {
  send: (command: MenuCommand) => void;
  showAbout: () => void;
  /** Developer tools only in development builds. */
  developerTools: boolean;
}

/**
 * The application menu: the ribbon's commands with their shortcuts. The shortcuts are only shown
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
      label: '&File',
      submenu: [
        command('&New e-mail account', 'newAccount', 'CmdOrCtrl+N'),
        command('&Save', 'save', 'CmdOrCtrl+S'),
        { type: 'separator' },
        { role: 'quit', label: 'E&xit' },
      ],
    },
    {
      label: '&Edit',
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
      label: '&Account',
      submenu: [
        command('&Test connection', 'testConnection', 'F5'),
        command('&Cancel test', 'cancelTest', 'Esc'),
        { type: 'separator' },
        command('D&uplicate', 'duplicate'),
        command('&Delete…', 'delete'),
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(developerTools ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    { label: '&Help', submenu: [{ label: '&About Mailbox Connect', click: showAbout }] },
  ];
}
