/**
 * Commands the application menu sends to the window: the ribbon's commands, so that menu,
 * ribbon and keyboard run the same code. Main → renderer only, on one channel.
 */
export const MENU_COMMANDS = [
  'newAccount',
  'save',
  'duplicate',
  'delete',
  'testConnection',
  'cancelTest',
  'export',
  'import',
  'testAll',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const MENU_COMMAND_CHANNEL = 'mailbox-connect:menu-command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
