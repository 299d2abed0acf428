import type { CommandContext } from '../../src/renderer/src/commands/availability';

/** The window with an account open and nothing running: every command but Cancel test can run. */
export function idleCommandContext(overrides: Partial<CommandContext> = {}): CommandContext {
  return {
    hasForm: true,
    hasSelected: true,
    dirty: false,
    saving: false,
    testing: false,
    testingAll: false,
    dialogOpen: false,
    detecting: false,
    serverEntered: true,
    hasReport: true,
    accountCount: 2,
    writable: true,
    ...overrides,
  };
}
