import type { ConnectionTestReport } from '../../../shared/connection-test';
import { t } from '../../../shared/i18n';
import type { IpcReply } from '../../../shared/ipc';
import { TEST_ALL_DEFAULT_CONCURRENCY, type TestAllProgress, type TestAllResult } from '../../../shared/test-all';
import type { AccountsService } from '../accounts/accounts-service';
import type { ConnectionTestInput } from '../connection-test/run-connection-test';
import { testInputOf } from '../connection-test/test-input';
import { runTestAll } from './run-test-all';

/** Why an account is not tested: its password cannot be used (the form says the same per account). */
const SKIPPED_BECAUSE = {
  'no-password': 'password.missing',
  'binding-changed': 'password.bindingChanged',
  undecryptable: 'password.undecryptable',
  'not-found': 'testAll.gone',
} as const;

/**
 * "Test all" over the saved accounts: one run at a time, its progress readable while it runs,
 * each result written back to its account as it arrives (a cancelled run keeps what finished).
 */
export class SavedAccountsTester {
  private current: { controller: AbortController; progress?: TestAllProgress } | undefined;

  constructor(
    private readonly accounts: AccountsService,
    private readonly runConnectionTest: (input: ConnectionTestInput) => Promise<ConnectionTestReport>,
  ) {}

  progress(): TestAllProgress | undefined {
    return this.current?.progress;
  }

  cancel(): boolean {
    if (!this.current) return false;
    this.current.controller.abort();
    return true;
  }

  async run(
    ids: readonly string[] | undefined,
    concurrency = TEST_ALL_DEFAULT_CONCURRENCY,
  ): Promise<IpcReply<TestAllResult>> {
    if (this.current) return { ok: false, error: { code: 'FORBIDDEN', message: t('testAll.alreadyRunning') } };
    const current: { controller: AbortController; progress?: TestAllProgress } = { controller: new AbortController() };
    this.current = current;
    try {
      const chosen = this.accounts.stored().filter((account) => !ids || ids.includes(account.id));
      const result = await runTestAll({
        targets: chosen.map((account) => ({ id: account.id, name: account.connectionName, server: account.server })),
        concurrency,
        signal: current.controller.signal,
        onProgress: (progress) => {
          current.progress = progress;
        },
        onOutcome: (outcome) => {
          if (outcome.report) this.accounts.recordTestResult(outcome.id, outcome.report);
        },
        test: async (target, signal) => {
          const account = chosen.find((candidate) => candidate.id === target.id);
          if (!account) return { skipped: t('testAll.gone') };
          const stored = await this.accounts.passwordFor(account.id, account);
          if (!stored.ok) return { skipped: t(SKIPPED_BECAUSE[stored.reason]) };
          const report = await this.runConnectionTest(testInputOf(account, stored.password, { signal }));
          // The window lists many results: the transcript stays in main (Test connection shows it for one).
          const { transcript: _transcript, ...summary } = report;
          return { report: summary };
        },
      });
      return { ok: true, value: result };
    } finally {
      this.current = undefined;
    }
  }
}
