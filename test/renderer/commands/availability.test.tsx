import { describe, expect, it } from 'vitest';
import { availabilityOf, type CommandContext } from '../../../src/renderer/src/commands/availability';
import { COMMAND_IDS, type CommandId } from '../../../src/shared/commands';
import { idleCommandContext } from '../../support/command-context';

const idle = idleCommandContext({ accountCount: 3 });

const reasons = (context: Partial<CommandContext>) =>
  Object.fromEntries(
    COMMAND_IDS.map((id) => {
      const availability = availabilityOf(id, { ...idle, ...context });
      return [id, availability.enabled ? 'enabled' : availability.reason];
    }),
  ) as Record<CommandId, string>;

describe('when a command can run, and why not', () => {
  it('runs everything but Cancel test when an account is open and nothing runs', () => {
    expect(reasons({})).toEqual({
      ...Object.fromEntries(COMMAND_IDS.map((id) => [id, 'enabled'])),
      cancelTest: 'commands.reason.notTesting',
      // Nothing edited: nothing to go back to.
      revert: 'commands.reason.nothingToRevert',
    });
    expect(reasons({ dirty: true })).toMatchObject({ revert: 'enabled', duplicate: 'commands.reason.unsaved' });
  });

  it('while Test all runs, offers only Cancel test and what reads the open account', () => {
    expect(reasons({ testingAll: true })).toEqual({
      newAccount: 'commands.reason.testAllRunning',
      save: 'commands.reason.testAllRunning',
      revert: 'commands.reason.testAllRunning',
      duplicate: 'commands.reason.testAllRunning',
      delete: 'commands.reason.testAllRunning',
      refresh: 'commands.reason.testAllRunning',
      testConnection: 'commands.reason.testAllRunning',
      cancelTest: 'enabled',
      testAll: 'commands.reason.testAllRunning',
      detect: 'commands.reason.testAllRunning',
      copyDiagnostics: 'enabled',
      export: 'commands.reason.testAllRunning',
      import: 'commands.reason.testAllRunning',
      saveDiagnostics: 'commands.reason.testAllRunning',
      handover: 'commands.reason.testAllRunning',
    });
  });

  it('behind an open dialog, offers only what stops a running test and what reads the report', () => {
    const closeFirst = 'commands.reason.dialogOpen';
    expect(reasons({ dialogOpen: true })).toEqual({
      newAccount: closeFirst,
      save: closeFirst,
      revert: closeFirst,
      duplicate: closeFirst,
      delete: closeFirst,
      refresh: closeFirst,
      testConnection: closeFirst,
      cancelTest: 'commands.reason.notTesting',
      testAll: closeFirst,
      detect: closeFirst,
      copyDiagnostics: 'enabled',
      export: closeFirst,
      import: closeFirst,
      saveDiagnostics: closeFirst,
      handover: closeFirst,
    });
    // A test started before the dialog opened can still be stopped.
    expect(reasons({ dialogOpen: true, testing: true })).toMatchObject({ cancelTest: 'enabled' });
    // Test all's own dialog: while its run lasts that is the reason; "cannot be written" still comes first.
    expect(reasons({ dialogOpen: true, testingAll: true })).toEqual(reasons({ testingAll: true }));
    expect(reasons({ dialogOpen: true, writable: false })).toMatchObject({
      save: 'commands.reason.notWritable',
      import: 'commands.reason.notWritable',
      export: closeFirst,
    });
  });

  it('names the missing account, the running test, pending edits and the missing server', () => {
    expect(reasons({ hasForm: false, hasSelected: false, serverEntered: false, hasReport: false })).toMatchObject({
      save: 'commands.reason.noAccount',
      delete: 'commands.reason.noAccount',
      duplicate: 'commands.reason.noAccount',
      testConnection: 'commands.reason.noAccount',
      detect: 'commands.reason.noAccount',
      copyDiagnostics: 'commands.reason.noReport',
      saveDiagnostics: 'commands.reason.noReport',
    });
    expect(reasons({ accountCount: 0 })).toMatchObject({ handover: 'commands.reason.noAccounts' });
    expect(reasons({ testing: true })).toMatchObject({
      testConnection: 'commands.reason.testing',
      testAll: 'commands.reason.testing',
      cancelTest: 'enabled',
      save: 'enabled',
      saveDiagnostics: 'commands.reason.testing',
      handover: 'enabled',
    });
    expect(reasons({ dirty: true })).toMatchObject({ duplicate: 'commands.reason.unsaved', save: 'enabled' });
    expect(reasons({ serverEntered: false })).toMatchObject({ detect: 'commands.reason.noServer' });
    expect(reasons({ detecting: true })).toMatchObject({ detect: 'commands.reason.detecting' });
    expect(reasons({ accountCount: 0, hasSelected: false })).toMatchObject({
      export: 'commands.reason.noAccounts',
      testAll: 'commands.reason.noAccounts',
    });
  });

  it('gives "cannot be written" first on a write-protected stick, whatever else holds', () => {
    expect(reasons({ writable: false, saving: true, hasSelected: false })).toMatchObject({
      newAccount: 'commands.reason.notWritable',
      save: 'commands.reason.notWritable',
      duplicate: 'commands.reason.notWritable',
      delete: 'commands.reason.notWritable',
      import: 'commands.reason.notWritable',
      testConnection: 'enabled',
      export: 'enabled',
    });
  });

  it('refreshes at any time but during a save, a Test all run or behind a dialog', () => {
    expect(reasons({ hasForm: false, hasSelected: false, accountCount: 0 })).toMatchObject({ refresh: 'enabled' });
    expect(reasons({ saving: true })).toMatchObject({ refresh: 'commands.reason.saving' });
  });
});
