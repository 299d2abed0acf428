import type { MenuItemConstructorOptions } from 'electron';
import { acceleratorOf, COMMAND_IDS, COMMANDS, type CommandStates, type MenuSection } from '../shared/commands';
import { HELP_COMMAND_IDS, HELP_COMMANDS } from '../shared/help-commands';
import { t } from '../shared/i18n';
import type { MenuCommand } from '../shared/menu-commands';

export interface MenuActions {
  send: (command: MenuCommand) => void;
  showAbout: () => void;
  /** Developer tools only in development builds. */
  developerTools: boolean;
}

export interface MenuOptions extends MenuActions {
  /** What the window last reported; before its first report every command is disabled. */
  states?: CommandStates;
}

/**
 * The commands of one top-level menu, from the shared table: in table order by block, a separator
 * between blocks. The shortcuts are only shown here (registerAccelerator: false): the window
 * handles the keys itself, so each key runs its command once, in the app and in the browser tests.
 */
function commandItems(section: MenuSection, { send, states }: MenuOptions): MenuItemConstructorOptions[] {
  const ids = COMMAND_IDS.filter((id) => COMMANDS[id].menu.section === section).sort(
    (a, b) => COMMANDS[a].menu.block - COMMANDS[b].menu.block,
  );
  return ids.flatMap((id, index): MenuItemConstructorOptions[] => {
    const command = COMMANDS[id];
    const [shortcut] = command.shortcuts;
    const enabled = states?.[id] ?? false;
    const item: MenuItemConstructorOptions = {
      id,
      label: t(command.menuLabel),
      enabled,
      // Electron does not click a disabled item; checked here too, so a stale item never runs.
      click: () => {
        if (enabled) send(id);
      },
      ...(shortcut ? { accelerator: acceleratorOf(shortcut), registerAccelerator: false } : {}),
    };
    const previous = ids[index - 1];
    return previous && COMMANDS[previous].menu.block !== command.menu.block ? [{ type: 'separator' }, item] : [item];
  });
}

/** Help for this page (F1) and Keyboard shortcuts: always enabled, the window decides what they show. */
function helpItems(send: MenuActions['send']): MenuItemConstructorOptions[] {
  return HELP_COMMAND_IDS.map((id) => {
    const [shortcut] = HELP_COMMANDS[id].shortcuts;
    return {
      id,
      label: t(HELP_COMMANDS[id].menuLabel),
      click: () => send(id),
      ...(shortcut ? { accelerator: acceleratorOf(shortcut), registerAccelerator: false } : {}),
    };
  });
}

/** The application menu, in the current language. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { showAbout, developerTools } = options;
  return [
    {
      label: t('menu.file'),
      submenu: [...commandItems('file', options), { type: 'separator' }, { role: 'quit', label: t('menu.exit') }],
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
    { label: t('menu.account'), submenu: commandItems('account', options) },
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
    {
      label: t('menu.help'),
      submenu: [...helpItems(options.send), { type: 'separator' }, { label: t('menu.about'), click: showAbout }],
    },
  ];
}

export interface ApplicationMenu {
  /** Draws the menu again: after a language change, or new command states. */
  show: () => void;
  /** The window's report of which commands can run now. */
  setStates: (states: CommandStates) => void;
}

/**
 * Keeps the window's last reported states and rebuilds the menu from them, so the menu never
 * offers a command the ribbon has disabled (Delete while saving). `apply` is Electron's
 * Menu.setApplicationMenu(Menu.buildFromTemplate(…)) in the app.
 */
export function createApplicationMenu(
  actions: MenuActions,
  apply: (template: MenuItemConstructorOptions[]) => void,
): ApplicationMenu {
  let states: CommandStates | undefined;
  const show = () => apply(menuTemplate({ ...actions, ...(states ? { states } : {}) }));
  return {
    show,
    setStates: (next) => {
      if (states && COMMAND_IDS.every((id) => states?.[id] === next[id])) return;
      states = { ...next };
      show();
    },
  };
}
