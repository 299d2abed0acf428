import { COMMAND_IDS, isCommandId, type CommandId } from './commands';

/**
 * Commands the application menu sends to the window: every command of the one table
 * (src/shared/commands.ts), so that menu, ribbon and keyboard run the same code. Main → renderer
 * only, on one channel.
 */
export const MENU_COMMANDS = COMMAND_IDS;
export type MenuCommand = CommandId;

export const MENU_COMMAND_CHANNEL = 'mailbox-connect:menu-command';

export const isMenuCommand: (value: unknown) => value is MenuCommand = isCommandId;
