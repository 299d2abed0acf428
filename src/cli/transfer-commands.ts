import { readFile, stat } from 'node:fs/promises';
import { AccountsService } from '../main/services/accounts/accounts-service';
import { openConfAccountStorage } from '../main/services/accounts/conf-account-storage';
import type { Cipher } from '../main/services/ports';
import { SecretsService } from '../main/services/secrets';
import { TransferService } from '../main/services/transfer/transfer-service';
import { writeExportFile } from '../main/services/transfer/write-export-file';
import { renderStorageStatus } from '../shared/storage-status';
import { IMPORT_MAX_BYTES, type ImportPlan } from '../shared/transfer';
import { UsageError } from './cli-options';
import type { CliIo } from './main';
import { EXPORT_USAGE, IMPORT_USAGE, parseExportArgs, parseImportArgs } from './parse-transfer-args';

const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Plain Node has no safeStorage: passwords are neither read nor written here, and the user is told why. */
const noOsCipher: Cipher = {
  availability: async () => ({
    available: false,
    backend: 'none',
    reason:
      'the command line cannot use the protected storage Windows keeps for the app; import the file in the app to keep the passwords.',
  }),
  encrypt: async () => {
    throw new Error('No protected storage on the command line.');
  },
  decrypt: async () => {
    throw new Error('No protected storage on the command line.');
  },
};

function openTransfer(dataDir: string, io: CliIo): TransferService {
  const storage = openConfAccountStorage(dataDir);
  for (const notice of renderStorageStatus(storage.status).notices) io.stderr(`${notice.message}\n`);
  const accounts = new AccountsService(storage, new SecretsService(noOsCipher));
  return new TransferService(accounts, () => new Date(), 'Mailbox Connect CLI');
}

function usageFailure(error: unknown, usage: string, io: CliIo): number {
  if (!(error instanceof UsageError)) throw error;
  io.stderr(`${error.message}\n${usage}\n`);
  return EXIT.usage;
}

/** `mailbox-connect export …`: settings only, to a file or stdout. */
export async function runExport(argv: string[], io: CliIo): Promise<number> {
  try {
    const command = parseExportArgs(argv);
    const transfer = openTransfer(command.dataDir, io);
    const wanted = command.accounts.map((name) => name.trim().toLowerCase());
    const stored = transfer.storedAccounts();
    const unknown = wanted.filter((name) => !stored.some((account) => account.connectionName.toLowerCase() === name));
    if (unknown.length > 0) throw new UsageError(`--account: no account is named ${unknown.join(', ')}.`);
    const ids =
      wanted.length === 0
        ? undefined
        : stored
            .filter((account) => wanted.includes(account.connectionName.toLowerCase()))
            .map((account) => account.id);
    const exported = await transfer.exportText(ids, undefined);
    if (!command.out) {
      io.stdout(exported.text);
      return EXIT.ok;
    }
    await writeExportFile(command.out, exported.text);
    io.stdout(`Exported ${exported.accounts} account(s) to ${command.out}, without passwords.\n`);
    return EXIT.ok;
  } catch (error) {
    return usageFailure(error, EXPORT_USAGE, io);
  }
}

function formatPlan(plan: ImportPlan): string {
  return plan.entries
    .map((entry) => {
      const review = entry.review.length > 0 ? ` [review: ${entry.review.join(', ')}]` : '';
      return `${entry.action.padEnd(7)} ${entry.connectionName}: ${entry.reason}${review}`;
    })
    .join('\n');
}

async function readImportFile(path: string): Promise<string> {
  try {
    const { size } = await stat(path);
    if (size > IMPORT_MAX_BYTES)
      throw new UsageError(`--file: ${path} is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`);
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--file: ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

/** `mailbox-connect import …`: validate all, show the plan, apply in one write. */
export async function runImport(argv: string[], io: CliIo): Promise<number> {
  try {
    const command = parseImportArgs(argv);
    const text = await readImportFile(command.file);
    let passphrase: string | undefined;
    if (command.passphraseVariable !== undefined) {
      passphrase = io.env[command.passphraseVariable];
      if (passphrase === undefined)
        throw new UsageError(`--passphrase-env: the environment variable ${command.passphraseVariable} is not set.`);
    }
    const transfer = openTransfer(command.dataDir, io);
    const request = {
      text,
      existing: command.keepExisting ? ('keep' as const) : ('replace' as const),
      ...(passphrase !== undefined ? { passphrase } : { ignorePasswords: true }),
    };
    const plan = await transfer.plan(request);
    if (!plan.ok) {
      if (command.json) io.stdout(`${JSON.stringify({ ok: false, error: plan.error })}\n`);
      else io.stderr(`${[plan.error.message, ...(plan.error.problems ?? []).map((line) => `  ${line}`)].join('\n')}\n`);
      return EXIT.failed;
    }
    if (command.dryRun) {
      io.stdout(
        command.json
          ? `${JSON.stringify({ ok: true, plan: plan.value })}\n`
          : `${formatPlan(plan.value)}\n(dry run: nothing written)\n`,
      );
      return EXIT.ok;
    }
    const result = await transfer.apply(request);
    if (!result.ok) {
      io.stderr(`${result.error.message}\n`);
      return EXIT.failed;
    }
    const { added, replaced, skipped, toReview, passwordsNotStored } = result.value;
    io.stdout(
      command.json
        ? `${JSON.stringify({ ok: true, plan: plan.value, result: result.value })}\n`
        : [
            formatPlan(plan.value),
            `Imported: ${added} added, ${replaced} replaced, ${skipped} skipped.`,
            ...(toReview.length > 0 ? [`Review the insecure settings of: ${toReview.join(', ')}.`] : []),
            ...(passwordsNotStored ? [`Passwords not stored: ${passwordsNotStored}`] : []),
            ...(passphrase === undefined ? ['Passwords in the file were not read (no --passphrase-env).'] : []),
            '',
          ].join('\n'),
    );
    return EXIT.ok;
  } catch (error) {
    return usageFailure(error, IMPORT_USAGE, io);
  }
}
