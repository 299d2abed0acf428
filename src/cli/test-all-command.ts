import { runConnectionTest } from '../core/connection-test/run-connection-test';
import { testInputOf } from '../core/connection-test/test-input';
import { runTestAll } from '../core/test-all/run-test-all';
import { openTransferFile } from '../core/transfer/open-transfer-file';
import { plaintextConsentMissing } from '../shared/encryption';
import { message } from '../shared/i18n/message';
import { TEST_ALL_DEFAULT_CONCURRENCY, TEST_ALL_MAX_CONCURRENCY } from '../shared/test-all';
import { IMPORT_MAX_BYTES } from '../shared/transfer';
import {
  EXIT,
  parseOptions,
  problemsText,
  readOptionFile,
  optionalSecretFromEnv,
  timeoutMsOf,
  UsageError,
  usageFailure,
  type CliIo,
} from './cli-options';
import { english } from './english';
import { outcomeLine, reportResult, type WithoutLogin } from './format-test-all-outcome';
import { testDataFolder } from './test-all-data-folder';

export const TEST_ALL_USAGE = `Usage: mailbox-connect test-all --file EXPORT.json [--passphrase-env VAR] [--allow-plaintext-password]
       [--concurrency N] [--timeout SECONDS] [--json]
   or: mailbox-connect test-all --data-dir DIR [--portable-passphrase-env VAR]
       [--concurrency N] [--timeout SECONDS] [--json]
Tests every account of an export file, N at a time (default ${TEST_ALL_DEFAULT_CONCURRENCY}, at most ${TEST_ALL_MAX_CONCURRENCY}, fewer for a server
that turns connections away). Accounts without a password in the file are tested without login; so are
accounts with encryption none or notls, whose password would travel unencrypted, unless
--allow-plaintext-password is given.
With --data-dir, tests the accounts of the app's data folder as the app's Test all does, and keeps
each result there (close the app first). A portable stick's passwords open with its portable
passphrase; accounts whose password cannot be used here are not tested, and say why.
Exit codes: 0 all succeeded, 1 any failed, was not tested, or the file or passphrase was refused, 2 usage.`;

function concurrencyOf(value: string | undefined): number {
  if (value === undefined) return TEST_ALL_DEFAULT_CONCURRENCY;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > TEST_ALL_MAX_CONCURRENCY)
    throw new UsageError(`--concurrency: "${value}" is not a whole number between 1 and ${TEST_ALL_MAX_CONCURRENCY}.`);
  return number;
}

/** `mailbox-connect test-all …`: a handover file checked before it is imported anywhere. */
export async function runTestAllCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    const values = parseOptions(argv, {
      file: { type: 'string' },
      'data-dir': { type: 'string' },
      'portable-passphrase-env': { type: 'string' },
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
    const dataDir = values['data-dir'];
    if (dataDir !== undefined) {
      const forFilesOnly = (['file', 'passphrase-env', 'allow-plaintext-password'] as const).find(
        (option) => values[option] !== undefined,
      );
      if (forFilesOnly)
        throw new UsageError(
          forFilesOnly === 'allow-plaintext-password'
            ? '--allow-plaintext-password is for --file: an account of a data folder sends its password unencrypted only where that was confirmed in the app.'
            : `--${forFilesOnly} is for --file, not --data-dir.`,
        );
      if (dataDir.trim() === '') throw new UsageError('--data-dir: give the folder.');
      return await testDataFolder(
        {
          dataDir,
          portableVariable: values['portable-passphrase-env'],
          concurrency,
          timeoutMs,
          json: values.json === true,
        },
        io,
      );
    }
    if (values['portable-passphrase-env'] !== undefined)
      throw new UsageError('--portable-passphrase-env is for --data-dir: an export file has its own --passphrase-env.');
    if (!values.file) throw new UsageError('--file or --data-dir is required.');
    const variable = values['passphrase-env'];
    const passphrase = optionalSecretFromEnv(io.env, variable, '--passphrase-env');
    const text = await readOptionFile(values.file, '--file', IMPORT_MAX_BYTES);
    const opened = await openTransferFile(text, passphrase, passphrase === undefined);
    if (!opened.ok) {
      io.stderr(problemsText(opened.error));
      return EXIT.failed;
    }
    // Version 1 passwords are not authenticated: its accounts are tested without login, and the user is told why.
    if (opened.passwordsIgnored) io.stderr(`Passwords in the file are not used: ${english(opened.passwordsIgnored)}\n`);
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
              ? { settings, signal, timeoutMs, noLoginReason: message('stage.auth.plaintextNotConfirmed') }
              : testInputOf(settings, password, { signal, timeoutMs, plaintextPasswordAllowed });
        const { transcript: _transcript, ...report } = await runConnectionTest(input);
        return { report };
      },
      onOutcome: (outcome) => {
        if (!values.json) io.stdout(`${outcomeLine(outcome, withoutLogin.get(outcome.id))}\n`);
      },
    });
    return reportResult(result, values.json === true, io);
  } catch (error) {
    return usageFailure(error, TEST_ALL_USAGE, io);
  }
}
