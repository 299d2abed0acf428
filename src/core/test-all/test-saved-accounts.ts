import type { ConnectionTestReport } from '../../shared/connection-test';
import { plaintextConsentMissing } from '../../shared/encryption';
import { message } from '../../shared/i18n/message';
import { failed, succeeded, type Result } from '../../shared/result';
import {
  TEST_ALL_DEFAULT_CONCURRENCY,
  type TestAllOutcome,
  type TestAllProgress,
  type TestAllResult,
} from '../../shared/test-all';
import { UNUSABLE_PASSWORD_MESSAGE, type AccountsService } from '../accounts/accounts-service';
import { unusableSecretMessage } from '../accounts/account-secret';
import type { StoredAccount } from '../accounts/stored-account';
import type { MethodTestInput } from '../connection-test/run-method-test';
import { runTestAll } from './run-test-all';

const SAVE_EVERY_MS = 500;

/**
 * What a caller adds to a run: the command line its --timeout and each outcome printed as it arrives;
 * the window each progress change and outcome pushed to it (so it never has to ask).
 */
export interface SavedAccountsRunOptions {
  timeoutMs?: number;
  onProgress?: (progress: TestAllProgress) => void;
  onOutcome?: (outcome: TestAllOutcome) => void;
}

/**
 * "Test all" over the saved accounts: one run at a time, its progress and outcomes handed to the
 * caller as they happen, results written back to their accounts every half second as they arrive (a
 * cancelled run keeps what finished).
 */
export class SavedAccountsTester {
  private current: { controller: AbortController } | undefined;

  constructor(
    private readonly accounts: AccountsService,
    private readonly runMethodTest: (input: MethodTestInput) => Promise<ConnectionTestReport>,
  ) {}

  cancel(): boolean {
    if (!this.current) return false;
    this.current.controller.abort();
    return true;
  }

  async run(
    ids: readonly string[] | undefined,
    concurrency = TEST_ALL_DEFAULT_CONCURRENCY,
    options: SavedAccountsRunOptions = {},
  ): Promise<Result<TestAllResult>> {
    if (this.current) return failed('BUSY', message('testAll.alreadyRunning'));
    const current = { controller: new AbortController() };
    this.current = current;
    // Results reach the file in batches: one write per account would rewrite a 1,000-account file 1,000 times.
    const unsaved: { id: string; report: ConnectionTestReport }[] = [];
    const save = (): void => this.accounts.recordTestResults(unsaved.splice(0));
    const saver = setInterval(save, SAVE_EVERY_MS);
    try {
      const wanted = ids ? new Set(ids) : undefined;
      const chosen = this.accounts.stored().filter((account) => !wanted || wanted.has(account.id));
      const byId = new Map(chosen.map((account) => [account.id, account]));
      const result = await runTestAll({
        targets: chosen.map((account) => ({ id: account.id, name: account.connectionName, server: account.server })),
        concurrency,
        signal: current.controller.signal,
        onProgress: options.onProgress,
        onOutcome: (outcome) => {
          if (outcome.report) unsaved.push({ id: outcome.id, report: outcome.report });
          options.onOutcome?.(outcome);
        },
        test: async (target, signal) => {
          const account = byId.get(target.id) as StoredAccount;
          // An imported plaintext account arrives unacknowledged: its password stays here until someone
          // confirms it in the form (skipped, not failed: nothing about the server is known).
          if (plaintextConsentMissing(account.encryption, account.insecureAcknowledged))
            return { skipped: message('testAll.plaintextNotConfirmed') };
          const stored = await this.accounts.passwordFor(account.id, account);
          if (!stored.ok)
            return {
              skipped:
                stored.reason === 'not-found'
                  ? message('testAll.gone')
                  : unusableSecretMessage(stored.reason, account, UNUSABLE_PASSWORD_MESSAGE),
            };
          const { timeoutMs } = options;
          // Each account by its method: a Microsoft 365 account gets its token first, as in Test connection.
          const report = await this.runMethodTest({
            settings: account,
            secret: stored.password,
            signal,
            ...(timeoutMs ? { timeoutMs } : {}),
          });
          // The window lists many results: the transcript stays in main (Test connection shows it for one).
          const { transcript: _transcript, ...summary } = report;
          return { report: summary };
        },
      });
      return succeeded(result);
    } finally {
      clearInterval(saver);
      save();
      this.current = undefined;
    }
  }
}
