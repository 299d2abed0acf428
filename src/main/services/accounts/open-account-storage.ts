import { constants, copyFileSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { StorageNotice, StorageStatus } from '../../../shared/storage-status';
import type { Clock, DocumentStore } from '../ports';
import { SETTINGS_MIGRATIONS, type Migration } from './migrations';
import { readSettingsText } from './read-settings';
import { CURRENT_SCHEMA_VERSION, type StoredAccount, type StoredDocument } from './stored-account';

export interface AccountStorageOptions {
  /** The file the backend writes, e.g. `<userData>/accounts.json`. */
  filePath: string;
  /** Opens the real store (electron-store in the app); called only once the file is safe to open. */
  createBackend: () => DocumentStore;
  clock?: Clock;
  currentVersion?: number;
  migrations?: Readonly<Record<number, Migration>>;
}

export interface AccountStorage {
  /** The accounts found at start, each validated. */
  accounts: StoredAccount[];
  /** Writes go to the file, or fail with the reason it is left alone. */
  store: DocumentStore;
  status: StorageStatus;
}

function fileStamp(clock: Clock): string {
  // Colons and dots are not allowed or are confusing in Windows file names.
  return clock().toISOString().replace(/[:.]/g, '-');
}

function siblingName(filePath: string, infix: string): string {
  const { dir, name, ext } = path.parse(filePath);
  return path.join(dir, `${name}.${infix}${ext}`);
}

function codeOf(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}

function accountsCount(count: number): string {
  return count === 1 ? '1 account' : `${count} accounts`;
}

/**
 * Removes the temporary files an atomic write leaves when the process is killed mid-write
 * (`<file>.tmp-<16 characters>`, atomically's naming). Safe at start: the single-instance lock means
 * no other writer is busy with one.
 */
function removeInterruptedWrites(filePath: string): void {
  const { dir, base } = path.parse(filePath);
  const pattern = new RegExp(`^${base.replace(/\./g, '\\.')}\\.tmp-\\d{10}[a-f0-9]{6}$`);
  try {
    for (const name of readdirSync(dir)) {
      if (pattern.test(name)) rmSync(path.join(dir, name), { force: true });
    }
  } catch {
    // Leftovers only cost disk space; never a reason not to start.
  }
}

/** Refuses every write, so the file on disk stays as it is. */
function readOnlyStore(reason: string): DocumentStore {
  return {
    write: () => {
      throw new Error(reason);
    },
  };
}

/** Opens the backend at the first write: it reads and parses the file too, which start-up has done already. */
function lazyStore(createBackend: () => DocumentStore): DocumentStore {
  let backend: DocumentStore | undefined;
  return {
    write: (document) => {
      backend ??= createBackend();
      backend.write(document);
    },
  };
}

/**
 * Opens the accounts file so that no content of it can crash the app or be silently lost:
 * a damaged file is set aside as `<name>.corrupt-<timestamp>.json` and the app starts with what
 * could be recovered; a file of a newer format, or one that cannot be read, is left untouched and
 * nothing is written; an older format is migrated after a copy of it is kept.
 */
export function openAccountStorage(options: AccountStorageOptions): AccountStorage {
  const { filePath, createBackend } = options;
  const clock = options.clock ?? (() => new Date());
  const currentVersion = options.currentVersion ?? CURRENT_SCHEMA_VERSION;
  const notices: StorageNotice[] = [];
  const leaveAlone = (accounts: StoredAccount[], message: string, reason: string): AccountStorage => ({
    accounts,
    store: readOnlyStore(reason),
    status: { filePath, writable: false, notices: [...notices, { severity: 'error', message }] },
  });

  let text: string | undefined;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') {
      return leaveAlone(
        [],
        `The settings file ${filePath} cannot be read (${codeOf(error)}). Nothing will be saved, so that it is not overwritten; check its permissions and restart Mailbox Connect.`,
        `the settings file cannot be read (${codeOf(error)}) and is left untouched`,
      );
    }
  }

  const reading = readSettingsText(text, currentVersion, options.migrations ?? SETTINGS_MIGRATIONS);
  if (reading.kind === 'newer') {
    return leaveAlone(
      [],
      `The settings file ${filePath} was written by a newer version of Mailbox Connect (format ${reading.version}; this version reads up to format ${currentVersion}). It was left untouched and nothing can be saved: use the newer version, or move the file away to start afresh.`,
      'the settings file belongs to a newer version of Mailbox Connect and is left untouched',
    );
  }

  const accounts = reading.kind === 'missing' ? [] : reading.accounts;
  if (reading.kind === 'damaged') {
    const keptAs = siblingName(filePath, `corrupt-${fileStamp(clock)}`);
    try {
      // Moved, not copied: the backend must not find the damaged file and refuse to open.
      renameSync(filePath, keptAs);
    } catch (error) {
      return leaveAlone(
        accounts,
        `The settings file ${filePath} is damaged (${reading.problem}) and could not be set aside (${codeOf(error)}). ${accountsCount(accounts.length)} could be read; nothing will be saved until the file is moved away.`,
        `the damaged settings file could not be set aside (${codeOf(error)}) and is left untouched`,
      );
    }
    notices.push({
      severity: 'warning',
      message: `The settings file could not be used as it was: ${reading.problem}. ${accountsCount(accounts.length)} could be recovered; the original is kept as ${keptAs}.`,
    });
  }
  if (reading.kind === 'intact' && reading.migratedFrom !== undefined) {
    const keptAs = siblingName(filePath, `format-${reading.migratedFrom}-${fileStamp(clock)}`);
    try {
      copyFileSync(filePath, keptAs, constants.COPYFILE_EXCL);
    } catch (error) {
      return leaveAlone(
        accounts,
        `The settings file ${filePath} needs updating to a new format, but a copy of it could not be kept (${codeOf(error)}); it is left untouched and nothing can be saved.`,
        `the settings file could not be backed up before its update (${codeOf(error)}) and is left untouched`,
      );
    }
    notices.push({
      severity: 'info',
      message: `The settings were updated from format ${reading.migratedFrom} to ${currentVersion}; the previous file is kept as ${keptAs}.`,
    });
  }

  removeInterruptedWrites(filePath);
  const store = lazyStore(createBackend);
  try {
    const rewrite = reading.kind === 'damaged' || (reading.kind === 'intact' && reading.migratedFrom !== undefined);
    const document: StoredDocument = { schemaVersion: currentVersion, accounts };
    if (rewrite) store.write(document as unknown as Record<string, unknown>);
  } catch (error) {
    return leaveAlone(
      accounts,
      `The settings file ${filePath} cannot be written (${codeOf(error)}). The accounts are shown, but changes cannot be saved until the folder is writable.`,
      `the settings file cannot be written (${codeOf(error)})`,
    );
  }
  return { accounts, store, status: { filePath, writable: true, notices } };
}
