import { matchesShortcut, type KeyEvent, type Shortcut } from './commands';
import type { MessageKey } from './i18n';

/**
 * The Help menu's commands. Not in the account command table (src/shared/commands.ts): they belong
 * to the whole window, work on every page (F1 opens the help of the page shown) and never bring the
 * Connect accounts page forward as an account command does.
 */
export const HELP_COMMAND_IDS = ['help', 'keyboardShortcuts'] as const;
export type HelpCommandId = (typeof HELP_COMMAND_IDS)[number];

export interface HelpCommandDefinition {
  /** The menu's label, with its & access key. */
  menuLabel: MessageKey;
  shortcuts: readonly Shortcut[];
}

export const HELP_COMMANDS: Readonly<Record<HelpCommandId, HelpCommandDefinition>> = {
  // F1, as in every Windows program and MMC snap-in.
  help: { menuLabel: 'menu.helpPage', shortcuts: [{ key: 'F1' }] },
  keyboardShortcuts: { menuLabel: 'menu.shortcuts', shortcuts: [] },
};

export function isHelpCommandId(value: unknown): value is HelpCommandId {
  return typeof value === 'string' && (HELP_COMMAND_IDS as readonly string[]).includes(value);
}

/** The help command a key event runs, if any. */
export function helpCommandForKey(event: KeyEvent): HelpCommandId | undefined {
  return HELP_COMMAND_IDS.find((id) =>
    HELP_COMMANDS[id].shortcuts.some((shortcut) => matchesShortcut(shortcut, event)),
  );
}
