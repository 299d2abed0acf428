import type { CoreError } from '../shared/result';
import {
  IMPORT_MAX_BYTES,
  PASSPHRASE_MAX_LENGTH,
  PASSPHRASE_MIN_LENGTH,
  type ImportPlan,
  type ImportResult,
  type ImportValue,
} from '../shared/transfer';
import {
  CommandFailure,
  EXIT,
  optionalSecretFromEnv,
  problemsText,
  readOptionFile,
  UsageError,
  usageFailure,
  type CliIo,
} from './cli-options';
import { lockedHint, openDataFolder, requireExistingFolder } from './data-folder-accounts';
import { withDataFolderLock } from './data-folder-guard';
import { english, englishError } from './english';
import { EXPORT_USAGE, IMPORT_USAGE, parseExportArgs, parseImportArgs } from './parse-transfer-args';

/** `mailbox-connect export …`: settings only, to a file or stdout. */
export async function runExport(argv: string[], io: CliIo): Promise<number> {
  try {
    const command = parseExportArgs(argv);
    const passphrase = optionalSecretFromEnv(io.env, command.passphraseVariable, '--passphrase-env');
    // The app's rule for a file that travels with passwords in it (the IPC schema checks it there).
    if (
      passphrase !== undefined &&
      (passphrase.length < PASSPHRASE_MIN_LENGTH || passphrase.length > PASSPHRASE_MAX_LENGTH)
    )
      throw new UsageError(
        `--passphrase-env: the export passphrase must have ${PASSPHRASE_MIN_LENGTH} to ${PASSPHRASE_MAX_LENGTH} characters.`,
      );
    requireExistingFolder(command.dataDir);
    const folder = await openDataFolder(command.dataDir, io, command.portablePassphraseVariable);
    const { transfer } = folder.core;
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
    // With passwords, the accounts whose password could not be opened are named (stdout may be the file itself).
    const withoutPassword = (names: string[]) => {
      if (passphrase !== undefined && names.length > 0)
        io.stderr(`Exported without a password: ${names.join(', ')}.\n`);
    };
    if (!command.out) {
      const exported = await transfer.exportText(ids, passphrase);
      withoutPassword(exported.withoutPassword);
      io.stdout(exported.text);
      return EXIT.ok;
    }
    const written = await transfer.exportToFile(command.out, ids, passphrase);
    if (!written.ok) throw new CommandFailure(english(written.error.message));
    const exported = written.value;
    withoutPassword(exported.withoutPassword);
    io.stdout(
      passphrase === undefined
        ? `Exported ${exported.accounts} account(s) to ${command.out}, without passwords.\n`
        : `Exported ${exported.accounts} account(s) to ${command.out}, ${exported.passwords} password(s) sealed with the passphrase.\n`,
    );
    return EXIT.ok;
  } catch (error) {
    return usageFailure(error, EXPORT_USAGE, io);
  }
}

const shownValue = (value: ImportValue): string => (value === null ? '(none)' : String(value));

/** The plan with its reasons in English: what --json prints, as it did before plans carried messages. */
function planText(plan: ImportPlan) {
  const { passwordsNotStored, passwordsIgnored } = plan;
  return {
    ...plan,
    entries: plan.entries.map((entry) => ({ ...entry, reason: english(entry.reason) })),
    ...(passwordsNotStored ? { passwordsNotStored: english(passwordsNotStored) } : {}),
    ...(passwordsIgnored ? { passwordsIgnored: english(passwordsIgnored) } : {}),
  };
}

function resultText(result: Omit<ImportResult, 'plan'>) {
  const { passwordsNotStored } = result;
  return { ...result, ...(passwordsNotStored ? { passwordsNotStored: english(passwordsNotStored) } : {}) };
}

/** One line per account, then one indented line per changed setting (old → new) and a withheld password. */
function formatPlan(plan: ImportPlan): string {
  return [
    ...plan.entries.flatMap((entry) => {
      const review = entry.review.length > 0 ? ` [review: ${entry.review.join(', ')}]` : '';
      return [
        `${entry.action.padEnd(7)} ${entry.connectionName}: ${english(entry.reason)}${review}`,
        ...entry.differences.map(
          (difference) =>
            `          ${difference.field}: ${shownValue(difference.from)} → ${shownValue(difference.to)}`,
        ),
        ...(entry.storedPasswordWithheld
          ? ['          stored password not used for the new settings: enter it again']
          : []),
      ];
    }),
    ...(plan.passwordsIgnored ? [`Passwords in the file are not imported: ${english(plan.passwordsIgnored)}`] : []),
  ].join('\n');
}

/** `mailbox-connect import …`: validate all, show the plan, apply in one write. */
export async function runImport(argv: string[], io: CliIo): Promise<number> {
  try {
    const command = parseImportArgs(argv);
    return command.dryRun
      ? await importInto(command, io)
      : await withDataFolderLock(command.dataDir, io, 'import', () => importInto(command, io));
  } catch (error) {
    return usageFailure(error, IMPORT_USAGE, io);
  }
}

async function importInto(command: ReturnType<typeof parseImportArgs>, io: CliIo): Promise<number> {
  const text = await readOptionFile(command.file, '--file', IMPORT_MAX_BYTES);
  const passphrase = optionalSecretFromEnv(io.env, command.passphraseVariable, '--passphrase-env');
  const folder = await openDataFolder(command.dataDir, io, command.portablePassphraseVariable);
  const { transfer } = folder.core;
  const request = {
    text,
    existing: command.keepExisting ? ('keep' as const) : ('replace' as const),
    ...(passphrase !== undefined ? { passphrase } : { ignorePasswords: true }),
  };
  const refused = (error: CoreError<string>): number => {
    if (command.json) io.stdout(`${JSON.stringify({ ok: false, error: englishError(error) })}\n`);
    else io.stderr(problemsText(error));
    return EXIT.failed;
  };
  if (command.dryRun) {
    const planned = await transfer.plan(request);
    if (!planned.ok) return refused(planned.error);
    io.stdout(
      command.json
        ? `${JSON.stringify({ ok: true, plan: planText(planned.value) })}\n`
        : `${formatPlan(planned.value)}\n(dry run: nothing written)\n`,
    );
    return EXIT.ok;
  }
  // One pass validates and applies; the plan comes back with the result.
  const applied = await transfer.apply(request);
  if (!applied.ok) return refused(applied.error);
  const { plan, ...result } = applied.value;
  io.stdout(
    command.json
      ? `${JSON.stringify({ ok: true, plan: planText(plan), result: resultText(result) })}\n`
      : [
          formatPlan(plan),
          `Imported: ${result.added} added, ${result.replaced} replaced, ${result.skipped} skipped.`,
          ...(result.toReview.length > 0 ? [`Check the security settings of: ${result.toReview.join(', ')}.`] : []),
          ...(result.passwordsNotStored
            ? [
                `Passwords not stored: ${english(result.passwordsNotStored)}`,
                ...(folder.locked ? [lockedHint(command.dataDir).trimEnd()] : []),
              ]
            : []),
          ...(result.passwordsWithheld.length > 0
            ? [`Enter the password again for: ${result.passwordsWithheld.join(', ')}.`]
            : []),
          ...(passphrase === undefined
            ? [
                'Passwords in the file were not read (no --passphrase-env), and its settings were not authenticated with the passphrase.',
              ]
            : []),
          '',
        ].join('\n'),
  );
  return EXIT.ok;
}
