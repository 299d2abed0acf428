import type { CommandId } from '../../../shared/commands';
import type { MessageKey } from '../../../shared/i18n';

/** What the window knows that decides whether a command can run now. */
export interface CommandContext {
  /** An account (saved or new) is open in the form. */
  hasForm: boolean;
  /** The open account is a saved one. */
  hasSelected: boolean;
  dirty: boolean;
  saving: boolean;
  /** A single connection test is running. */
  testing: boolean;
  /** A Test all run is running (its dialog stays open before and after, without a run). */
  testingAll: boolean;
  /**
   * A modal dialog of the window is open (Import, Export, Test all, passphrase, a confirmation):
   * the menu and the keys still reach the window behind it, so what acts on the accounts waits.
   */
  dialogOpen: boolean;
  detecting: boolean;
  serverEntered: boolean;
  hasReport: boolean;
  accountCount: number;
  /** The settings file can be written (false on a write-protected stick). */
  writable: boolean;
}

/** Enabled, or disabled with the reason a user is told (a message key). */
export type Availability = { enabled: true } | { enabled: false; reason: MessageKey };

type Rule = readonly [blocks: (context: CommandContext) => boolean, reason: MessageKey];

const NOT_WRITABLE: Rule = [(c) => !c.writable, 'commands.reason.notWritable'];
const TEST_ALL_RUNNING: Rule = [(c) => c.testingAll, 'commands.reason.testAllRunning'];
const DIALOG_OPEN: Rule = [(c) => c.dialogOpen, 'commands.reason.dialogOpen'];
const NO_FORM: Rule = [(c) => !c.hasForm, 'commands.reason.noAccount'];
const NO_SAVED_ACCOUNT: Rule = [(c) => !c.hasSelected, 'commands.reason.noAccount'];
const SAVING: Rule = [(c) => c.saving, 'commands.reason.saving'];
const TESTING: Rule = [(c) => c.testing, 'commands.reason.testing'];
const NO_ACCOUNTS: Rule = [(c) => c.accountCount === 0, 'commands.reason.noAccounts'];

/**
 * When each command can run, and why not, the first rule that blocks it giving the reason. The
 * commands that write the settings file come first with "cannot be written": on a write-protected
 * stick that is the reason, whatever else holds. Then a running Test all, then an open dialog
 * (Test all's own among them, once its run has ended). Cancel test only stops what runs, and Copy
 * diagnostics only reads: both stay available behind a dialog.
 */
const RULES: Readonly<Record<CommandId, readonly Rule[]>> = {
  newAccount: [NOT_WRITABLE, TEST_ALL_RUNNING, DIALOG_OPEN],
  save: [NOT_WRITABLE, TEST_ALL_RUNNING, DIALOG_OPEN, NO_FORM, SAVING],
  // Only reads what is saved: nothing to write, so a write-protected stick does not block it.
  revert: [TEST_ALL_RUNNING, DIALOG_OPEN, NO_FORM, SAVING, [(c) => !c.dirty, 'commands.reason.nothingToRevert']],
  duplicate: [
    NOT_WRITABLE,
    TEST_ALL_RUNNING,
    DIALOG_OPEN,
    NO_SAVED_ACCOUNT,
    SAVING,
    // Duplicate copies what is saved: with edits pending that would not be what the user sees.
    [(c) => c.dirty, 'commands.reason.unsaved'],
  ],
  delete: [NOT_WRITABLE, TEST_ALL_RUNNING, DIALOG_OPEN, NO_SAVED_ACCOUNT, SAVING],
  // Test all reads the list again as it ends; a save under way could be shown from before it.
  refresh: [TEST_ALL_RUNNING, DIALOG_OPEN, SAVING],
  testConnection: [TEST_ALL_RUNNING, DIALOG_OPEN, NO_FORM, TESTING],
  // Only while something runs: the Test all dialog open after (or before) its run has nothing to cancel.
  cancelTest: [[(c) => !c.testing && !c.testingAll, 'commands.reason.notTesting']],
  testAll: [TEST_ALL_RUNNING, DIALOG_OPEN, NO_ACCOUNTS, TESTING],
  detect: [
    TEST_ALL_RUNNING,
    DIALOG_OPEN,
    NO_FORM,
    [(c) => !c.serverEntered, 'commands.reason.noServer'],
    [(c) => c.detecting, 'commands.reason.detecting'],
  ],
  copyDiagnostics: [[(c) => !c.hasReport, 'commands.reason.noReport']],
  export: [TEST_ALL_RUNNING, DIALOG_OPEN, NO_ACCOUNTS],
  import: [NOT_WRITABLE, TEST_ALL_RUNNING, DIALOG_OPEN],
  // The report shown is the one main keeps; while a test runs it is about to change. Its save
  // dialog waits for the window's own dialogs, Test all's among them.
  saveDiagnostics: [TEST_ALL_RUNNING, DIALOG_OPEN, [(c) => !c.hasReport, 'commands.reason.noReport'], TESTING],
  // Test all adds to the history the page shows: wait for its end.
  handover: [TEST_ALL_RUNNING, DIALOG_OPEN, NO_ACCOUNTS],
};

export function availabilityOf(id: CommandId, context: CommandContext): Availability {
  const blocking = RULES[id].find(([blocks]) => blocks(context));
  return blocking ? { enabled: false, reason: blocking[1] } : { enabled: true };
}
