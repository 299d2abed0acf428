import { runConnectionTest } from '../main/services/connection-test/run-connection-test';
import { testInputOf } from '../main/services/connection-test/test-input';
import { runTestAll } from '../main/services/test-all/run-test-all';
import { openTransferFile } from '../main/services/transfer/open-transfer-file';
import { plaintextConsentMissing } from '../shared/encryption';
import { t } from '../shared/i18n';
import { TEST_ALL_DEFAULT_CONCURRENCY, TEST_ALL_MAX_CONCURRENCY, type TestAllOutcome } from '../shared/test-all';
import { IMPORT_MAX_BYTES } from '../shared/transfer';
import {
  EXIT,
  parseOptions,
  problemsText,
  readOptionFile,
  secretFromEnv,
  timeoutMsOf,
  UsageError,
  usageFailure,
  type CliIo,
} from './cli-options';

export const TEST_ALL_USAGE = `Usage: mailbox-connect test-all --file EXPORT.json [--passphrase-env VAR] [--concurrency N]
       [--timeout SECONDS] [--allow-plaintext-password] [--json]
Tests every account of an export file, N at a time (default ${TEST_ALL_DEFAULT_CONCURRENCY}, at most ${TEST_ALL_MAX_CONCURRENCY}, fewer for a server
that turns connections away). Accounts without a password in the file are tested without login; so are
accounts with encryption none or notls, whose password would travel unencrypted, unless
--allow-plaintext-password is given.
Exit codes: 0 all succeeded, 1 any failed or the file was refused, 2 usage.`;

function concurrencyOf(value: string | undefined): number {
  if (value === undefined) return TEST_ALL_DEFAULT_CONCURRENCY;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > TEST_ALL_MAX_CONCURRENCY)
    throw new UsageError(`--concurrency: "${value}" is not a whole number between 1 and ${TEST_ALL_MAX_CONCURRENCY}.`);
  return number;
}

/** Why an account was tested without login, in the summary line. */
type WithoutLogin = 'no password' | 'plaintext';
const WITHOUT_LOGIN_TEXT: Record<WithoutLogin, string> = {
  'no password': 'no password in the file',
  plaintext: 'the password would travel unencrypted: give --allow-plaintext-password to send it',
};

function line(outcome: TestAllOutcome, withoutLogin: WithoutLogin | undefined): string {
  const report = outcome.report;
  if (!report) return `· ${outcome.name}: not tested (${outcome.skipped ?? 'skipped'})`;
  if (!report.ok)
    return `✘ ${outcome.name}: ${report.error?.code ?? 'FAILED'} ${report.error?.message ?? ''}`.trimEnd();
  const signedIn = report.stages.some((stage) => stage.name === 'auth' && stage.status === 'ok');
  const how = signedIn
    ? 'signed in'
    : `reachable, not signed in (${WITHOUT_LOGIN_TEXT[withoutLogin ?? 'no password']})`;
  return `✔ ${outcome.name}: ${how} in ${report.durationMs} ms`;
}

/** `mailbox-connect test-all …`: a handover file checked before it is imported anywhere. */
export async function runTestAllCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    const values = parseOptions(argv, {
      file: { type: 'string' },
      'passphrase-env': { type: 'string' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
      'allow-plaintext-password': { type: 'boolean' },
      json: { type: 'boolean' },
    });
    // Imports reset the acknowledgement: for a file, only this flag says that plaintext is accepted.
    const plaintextPasswordAllowed = values['allow-plaintext-password'] === true;
    // A wrong value that was typed is named before a missing --file: it is what the user just wrote.
    const concurrency = concurrencyOf(values.concurrency);
    const timeoutMs = timeoutMsOf(values.timeout);
    if (!values.file) throw new UsageError('--file is required.');
    const variable = values['passphrase-env'];
    const passphrase = variable === undefined ? undefined : secretFromEnv(io.env, variable, '--passphrase-env');
    const text = await readOptionFile(values.file, '--file', IMPORT_MAX_BYTES);
    const opened = await openTransferFile(text, passphrase, passphrase === undefined);
    if (!opened.ok) {
      io.stderr(problemsText(opened.error));
      return EXIT.failed;
    }
    // Version 1 passwords are not authenticated: its accounts are tested without login, and the user is told why.
    if (opened.passwordsIgnored) io.stderr(`Passwords in the file are not used: ${opened.passwordsIgnored}\n`);
    const withoutLogin = new Map<string, WithoutLogin>();
    const result = await runTestAll({
      targets: opened.accounts.map((account, index) => ({
        id: String(index),
        name: account.settings.connectionName,
        server: account.settings.server,
      })),
      concurrency,
      test: async (target, signal) => {
        const { settings, password } = opened.accounts[Number(target.id)] as (typeof opened.accounts)[number];
        const heldBack =
          password !== undefined && plaintextConsentMissing(settings.encryption, plaintextPasswordAllowed);
        if (password === undefined) withoutLogin.set(target.id, 'no password');
        if (heldBack) withoutLogin.set(target.id, 'plaintext');
        const input =
          password === undefined
            ? { settings, signal, timeoutMs }
            : heldBack
              ? { settings, signal, timeoutMs, noLoginReason: t('stage.auth.plaintextNotConfirmed') }
              : testInputOf(settings, password, { signal, timeoutMs, plaintextPasswordAllowed });
        const { transcript: _transcript, ...report } = await runConnectionTest(input);
        return { report };
      },
      onOutcome: (outcome) => {
        if (!values.json) io.stdout(`${line(outcome, withoutLogin.get(outcome.id))}\n`);
      },
    });
    const { progress } = result;
    io.stdout(
      values.json
        ? `${JSON.stringify(result)}\n`
        : `${progress.ok} of ${progress.total} succeeded, ${progress.failed} failed.\n`,
    );
    return progress.failed === 0 && progress.ok === progress.total ? EXIT.ok : EXIT.failed;
  } catch (error) {
    return usageFailure(error, TEST_ALL_USAGE, io);
  }
}
