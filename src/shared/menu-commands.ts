import { COMMAND_IDS, type CommandId } from './commands';
import { HELP_COMMAND_IDS, type HelpCommandId } from './help-commands';

/**
 * Commands the application menu sends to the window: every command of the one table
 * (src/shared/commands.ts), so that menu, ribbon and keyboard run the same code, and the Help
 * menu's (src/shared/help-commands.ts). Main → renderer only, on one channel.
 */
export const MENU_COMMANDS = [...COMMAND_IDS, ...HELP_COMMAND_IDS] as const;
export type MenuCommand = CommandId | HelpCommandId;

export const MENU_COMMAND_CHANNEL = 'mailbox-connect:menu-command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
