import { parseOptions, UsageError } from './cli-options';

export interface ExportCommand {
  dataDir: string;
  out?: string;
  accounts: string[];
  /** Seals the passwords in the export file; only with a stick's passphrase can the command line read them. */
  passphraseVariable?: string;
  portablePassphraseVariable?: string;
}

export interface ImportCommand {
  dataDir: string;
  file: string;
  passphraseVariable?: string;
  portablePassphraseVariable?: string;
  keepExisting: boolean;
  dryRun: boolean;
  json: boolean;
}

export const EXPORT_USAGE = `Usage: mailbox-connect export --data-dir DIR [--out FILE] [--account NAME]...
       [--portable-passphrase-env VAR [--passphrase-env VAR]]
Writes the accounts of the app's data folder (%APPDATA%\\Mailbox Connect, or "data" next to the
portable exe) as an export file; to stdout without --out. Without --passphrase-env, no passwords.
Installed, passwords are sealed by Windows for the app: export them with a passphrase from the app.
A portable stick's passwords open with its portable passphrase (--portable-passphrase-env): then
--passphrase-env seals them in the file with the export passphrase.
Exit codes: 0 exported, 1 the portable passphrase was refused or the file could not be written, 2 usage.`;

export const IMPORT_USAGE = `Usage: mailbox-connect import --data-dir DIR --file FILE [--passphrase-env VAR]
       [--portable-passphrase-env VAR] [--keep-existing] [--dry-run] [--json]
Validates the whole file, prints what it adds, replaces or skips and why, then applies it in one
write (not with --dry-run). Close the app first. Passwords in the file are checked with the
passphrase (--passphrase-env). Installed, they are stored only by the app (Import there), which can
seal them for this Windows user; into a portable stick's data folder the command line stores them
too, sealed with the stick's portable passphrase (--portable-passphrase-env).
Exit codes: 0 imported (or would import), 1 the file or a passphrase was refused, 2 usage.`;

function required(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${option} is required.`);
  return value;
}

/** `mailbox-connect export …` */
export function parseExportArgs(argv: string[]): ExportCommand {
  const values = parseOptions(argv, {
    'data-dir': { type: 'string' },
    out: { type: 'string' },
    account: { type: 'string', multiple: true },
    'passphrase-env': { type: 'string' },
    'portable-passphrase-env': { type: 'string' },
  });
  const portable = values['portable-passphrase-env'];
  if (values['passphrase-env'] !== undefined && portable === undefined)
    throw new UsageError(
      '--passphrase-env: the command line cannot read the passwords Windows sealed for the app; export them from the app (Export, "Include passwords"). A portable stick\'s passwords need --portable-passphrase-env too.',
    );
  return {
    dataDir: required(values['data-dir'], '--data-dir'),
    ...(values.out !== undefined ? { out: values.out } : {}),
    accounts: values.account ?? [],
    ...(values['passphrase-env'] !== undefined ? { passphraseVariable: values['passphrase-env'] } : {}),
    ...(portable !== undefined ? { portablePassphraseVariable: portable } : {}),
  };
}

/** `mailbox-connect import …` */
export function parseImportArgs(argv: string[]): ImportCommand {
  const values = parseOptions(argv, {
    'data-dir': { type: 'string' },
    file: { type: 'string' },
    'passphrase-env': { type: 'string' },
    'portable-passphrase-env': { type: 'string' },
    'keep-existing': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  return {
    dataDir: required(values['data-dir'], '--data-dir'),
    file: required(values.file, '--file'),
    ...(values['passphrase-env'] !== undefined ? { passphraseVariable: values['passphrase-env'] } : {}),
    ...(values['portable-passphrase-env'] !== undefined
      ? { portablePassphraseVariable: values['portable-passphrase-env'] }
      : {}),
    keepExisting: values['keep-existing'] ?? false,
    dryRun: values['dry-run'] ?? false,
    json: values.json ?? false,
  };
}
