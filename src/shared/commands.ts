import type { MessageKey, MessageParams } from './i18n';

/**
 * The window's commands, once: the ribbon, the application menu (drawn by main) and the keyboard
 * shortcuts are all read from this table, so a command added here appears on all three surfaces
 * with the same shortcut. When a command is available and what it does is the renderer's part
 * (src/renderer/src/commands/); main follows the states the renderer reports.
 */

/** A key as KeyboardEvent.key names it, upper case for letters. */
export type ShortcutKey = 'N' | 'S' | 'T' | 'F1' | 'F5' | 'Escape';

/** One key combination: the menu shows it as an Electron accelerator, the window matches key events with it. */
export interface Shortcut {
  key: ShortcutKey;
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  control?: true;
}

/** The icons the ribbon uses, by their name in @fluentui/react-icons. */
export type CommandIcon =
  | 'Add20Regular'
  | 'Save20Regular'
  | 'Copy20Regular'
  | 'Delete20Regular'
  | 'PlugConnected20Regular'
  | 'Dismiss20Regular'
  | 'TaskListLtr20Regular'
  | 'Search20Regular'
  | 'DocumentCopy20Regular'
  | 'ArrowExportUp20Regular'
  | 'ArrowImport20Regular'
  | 'ArrowUndo20Regular'
  | 'DocumentSave20Regular'
  | 'DocumentBulletList20Regular'
  | 'ArrowClockwise20Regular';

export type MenuSection = 'file' | 'account';

/**
 * The ribbon's tabs, as Outlook and the Exchange tools split them: *Home* holds the work on the
 * open account, *All accounts* what acts on the whole list. Two short rows instead of one that
 * overflows at 1280 px.
 */
export const RIBBON_TABS = ['home', 'allAccounts'] as const;
export type RibbonTab = (typeof RIBBON_TABS)[number];

export interface CommandDefinition {
  /** The ribbon's label (and the button's accessible name). */
  label: MessageKey;
  tooltip: MessageKey;
  /** The menu's label, with its & access key. */
  menuLabel: MessageKey;
  icon: CommandIcon;
  /** The first is shown (menu, tooltip: `shortcutTextOf`); all of them run the command. */
  shortcuts: readonly Shortcut[];
  /** The ribbon tab it sits on. */
  tab: RibbonTab;
  /** Ribbon group: a divider between groups on the ribbon. */
  group: 'account' | 'manage' | 'test' | 'transfer';
  /** Higher stays on the ribbon longer when the window narrows (Fluent's overflow priority). */
  priority: number;
  /** The top-level menu it sits in, and its block there (a separator between blocks). */
  menu: { section: MenuSection; block: number };
  /** Cancel test takes Test connection's place on the ribbon while a test runs. */
  replaces?: CommandId;
}

/** In ribbon order. */
export const COMMAND_IDS = [
  'newAccount',
  'save',
  'revert',
  'duplicate',
  'delete',
  'refresh',
  'testConnection',
  'cancelTest',
  'testAll',
  'detect',
  'copyDiagnostics',
  'export',
  'import',
  'saveDiagnostics',
  'handover',
] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

export const COMMANDS: Readonly<Record<CommandId, CommandDefinition>> = {
  newAccount: {
    label: 'ribbon.new',
    tooltip: 'ribbon.new.tooltip',
    menuLabel: 'menu.new',
    icon: 'Add20Regular',
    shortcuts: [{ key: 'N', control: true }],
    tab: 'home',
    group: 'account',
    priority: 3,
    menu: { section: 'file', block: 1 },
  },
  save: {
    label: 'ribbon.save',
    tooltip: 'ribbon.save.tooltip',
    menuLabel: 'menu.save',
    icon: 'Save20Regular',
    shortcuts: [{ key: 'S', control: true }],
    tab: 'home',
    group: 'account',
    priority: 3,
    menu: { section: 'file', block: 1 },
  },
  revert: {
    label: 'ribbon.revert',
    tooltip: 'ribbon.revert.tooltip',
    menuLabel: 'menu.revert',
    icon: 'ArrowUndo20Regular',
    shortcuts: [],
    tab: 'home',
    group: 'account',
    priority: 1,
    menu: { section: 'file', block: 1 },
  },
  duplicate: {
    label: 'ribbon.duplicate',
    tooltip: 'ribbon.duplicate.tooltip',
    menuLabel: 'menu.duplicate',
    icon: 'Copy20Regular',
    shortcuts: [],
    tab: 'home',
    group: 'manage',
    priority: 0,
    menu: { section: 'account', block: 2 },
  },
  delete: {
    label: 'ribbon.delete',
    tooltip: 'ribbon.delete.tooltip',
    menuLabel: 'menu.delete',
    icon: 'Delete20Regular',
    shortcuts: [],
    tab: 'home',
    group: 'manage',
    priority: 2,
    menu: { section: 'account', block: 2 },
  },
  refresh: {
    label: 'ribbon.refresh',
    tooltip: 'ribbon.refresh.tooltip',
    menuLabel: 'menu.refresh',
    icon: 'ArrowClockwise20Regular',
    // F5 is Refresh on Windows, in MMC and the Exchange admin center alike.
    shortcuts: [{ key: 'F5' }],
    tab: 'allAccounts',
    group: 'manage',
    priority: 1,
    menu: { section: 'account', block: 3 },
  },
  testConnection: {
    label: 'ribbon.test',
    tooltip: 'ribbon.test.tooltip',
    menuLabel: 'menu.test',
    icon: 'PlugConnected20Regular',
    // F5 is Refresh, as in MMC and the Exchange admin center; Test connection keeps Ctrl+T.
    shortcuts: [{ key: 'T', control: true }],
    tab: 'home',
    group: 'test',
    priority: 3,
    menu: { section: 'account', block: 1 },
  },
  cancelTest: {
    label: 'ribbon.cancelTest',
    tooltip: 'ribbon.cancelTest.tooltip',
    menuLabel: 'menu.cancelTest',
    icon: 'Dismiss20Regular',
    shortcuts: [{ key: 'Escape' }],
    tab: 'home',
    group: 'test',
    priority: 3,
    menu: { section: 'account', block: 1 },
    replaces: 'testConnection',
  },
  testAll: {
    label: 'ribbon.testAll',
    tooltip: 'ribbon.testAll.tooltip',
    menuLabel: 'menu.testAll',
    icon: 'TaskListLtr20Regular',
    shortcuts: [],
    tab: 'allAccounts',
    group: 'test',
    priority: 0,
    menu: { section: 'account', block: 1 },
  },
  detect: {
    label: 'ribbon.detect',
    tooltip: 'ribbon.detect.tooltip',
    menuLabel: 'menu.detect',
    icon: 'Search20Regular',
    shortcuts: [],
    tab: 'home',
    group: 'test',
    priority: 2,
    menu: { section: 'account', block: 1 },
  },
  copyDiagnostics: {
    label: 'ribbon.copyDiagnostics',
    tooltip: 'ribbon.copyDiagnostics.tooltip',
    menuLabel: 'menu.copyDiagnostics',
    icon: 'DocumentCopy20Regular',
    shortcuts: [],
    tab: 'home',
    group: 'test',
    priority: 0,
    menu: { section: 'account', block: 1 },
  },
  export: {
    label: 'ribbon.export',
    tooltip: 'ribbon.export.tooltip',
    menuLabel: 'menu.export',
    icon: 'ArrowExportUp20Regular',
    shortcuts: [],
    tab: 'allAccounts',
    group: 'transfer',
    priority: 0,
    menu: { section: 'file', block: 2 },
  },
  import: {
    label: 'ribbon.import',
    tooltip: 'ribbon.import.tooltip',
    menuLabel: 'menu.import',
    icon: 'ArrowImport20Regular',
    shortcuts: [],
    tab: 'allAccounts',
    group: 'transfer',
    priority: 0,
    menu: { section: 'file', block: 2 },
  },
  // Evidence files (issue 15 item 11): written by main where the user chooses, never a password.
  saveDiagnostics: {
    label: 'ribbon.saveDiagnostics',
    tooltip: 'ribbon.saveDiagnostics.tooltip',
    menuLabel: 'menu.saveDiagnostics',
    icon: 'DocumentSave20Regular',
    shortcuts: [],
    tab: 'home',
    group: 'test',
    priority: 0,
    menu: { section: 'file', block: 3 },
  },
  handover: {
    label: 'ribbon.handover',
    tooltip: 'ribbon.handover.tooltip',
    menuLabel: 'menu.handover',
    icon: 'DocumentBulletList20Regular',
    shortcuts: [],
    tab: 'allAccounts',
    group: 'transfer',
    priority: 0,
    menu: { section: 'file', block: 3 },
  },
};

/** Which commands can run now, as the window reports it to main for the menu. */
export type CommandStates = Record<CommandId, boolean>;

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && (COMMAND_IDS as readonly string[]).includes(value);
}

/** Electron's accelerator for the menu, e.g. CmdOrCtrl+N, F5, Esc. */
export function acceleratorOf(shortcut: Shortcut): string {
  const key = shortcut.key === 'Escape' ? 'Esc' : shortcut.key;
  return shortcut.control ? `CmdOrCtrl+${key}` : key;
}

/**
 * A command's shortcut as people read it, e.g. Ctrl+S (Strg+S on a German keyboard), F5, Esc: its
 * first, the one the menu shows. The only place a shortcut is spelled for display, so the catalogue
 * texts never name one and a shortcut changed in the table changes everywhere it is shown. `t` is
 * the caller's translate (this file stays free of the catalogues: the preload bundles it).
 */
export function shortcutTextOf(
  command: Pick<CommandDefinition, 'shortcuts'>,
  t: (key: MessageKey, params?: MessageParams) => string,
): string | undefined {
  const [shortcut] = command.shortcuts;
  return shortcut ? spellShortcut(shortcut, t) : undefined;
}

/** One key combination as people read it (Ctrl+S, Strg+S, F5, Esc). */
export function spellShortcut(shortcut: Shortcut, t: (key: MessageKey, params?: MessageParams) => string): string {
  const key = shortcut.key === 'Escape' ? 'Esc' : shortcut.key;
  return shortcut.control ? t('shortcut.control', { key }) : key;
}

/** The same combination for aria-keyshortcuts (WAI-ARIA's names: Control, Escape). */
export function ariaShortcutOf(shortcut: Shortcut): string {
  return shortcut.control ? `Control+${shortcut.key}` : shortcut.key;
}

/** The fields of a DOM KeyboardEvent the shortcuts look at (spelled out: main's build has no DOM types). */
export interface KeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Whether a key event is this combination: exactly, so Ctrl+Shift+S is not Save. */
export function matchesShortcut(shortcut: Shortcut, event: KeyEvent): boolean {
  if (event.altKey || event.shiftKey) return false;
  const control = event.ctrlKey || event.metaKey;
  return control === (shortcut.control ?? false) && event.key.toLowerCase() === shortcut.key.toLowerCase();
}

/** The command a key event runs, if any. */
export function commandForKey(event: KeyEvent): CommandId | undefined {
  return COMMAND_IDS.find((id) => COMMANDS[id].shortcuts.some((shortcut) => matchesShortcut(shortcut, event)));
}
