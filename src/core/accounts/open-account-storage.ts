import { constants, copyFileSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { message, type Message } from '../../shared/i18n/message';
import type { StorageNotice, StorageStatus } from '../../shared/storage-status';
import { StoreWriteError, type Clock, type DocumentStore } from '../ports';
import { ACCOUNTS_FILE_MIGRATIONS, type Migration } from './migrations';
import { readAccountsDocument, type AccountsDocumentReading } from './read-accounts-document';
import { CURRENT_SCHEMA_VERSION, type StoredAccount, type StoredDocument } from './stored-account';
import { errorCode } from '../error-code';

export interface AccountStorageOptions {
  /** The file the backend writes, e.g. `<userData>/accounts.json`. */
  filePath: string;
  /** Opens the real store (conf, accounts-file.ts); called only once the file is safe to open. */
  createBackend: () => DocumentStore;
  clock?: Clock;
  currentVersion?: number;
  migrations?: Readonly<Record<number, Migration>>;
  /**
   * The folder cannot be written (a write-protected stick): the file is only read. `notice` is shown
   * at start, `reason` is why every save fails.
   */
  readOnly?: { notice: Message; reason: Message };
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
function readOnlyStore(reason: Message): DocumentStore {
  return {
    write: () => {
      throw new StoreWriteError(reason);
    },
  };
}

/** Opens the backend at the first write: it reads and parses the file too, which start-up has done already. */
function lazyStore(filePath: string, createBackend: () => DocumentStore): DocumentStore {
  let backend: DocumentStore | undefined;
  return {
    write: (document) => {
      try {
        backend ??= createBackend();
        backend.write(document);
      } catch (error) {
        // Node names no file for a failed write or fsync (they take a descriptor), and a failed rename
        // names atomically's temp file: the user is told which file and why, the code kept for callers.
        const code = errorCode(error);
        throw new StoreWriteError(message('storage.writeFailed.reason', { file: filePath, code }), {
          cause: error,
          code,
        });
      }
    },
  };
}

/**
 * A folder that cannot be written: what could be read is shown, and nothing on disk is touched. A
 * damaged file is not set aside, an older format is updated in memory only, no backup is made, no
 * leftover of an interrupted write is removed, and no backend is ever opened (it might write).
 */
function openedReadOnly(
  filePath: string,
  reading: AccountsDocumentReading,
  accounts: StoredAccount[],
  notices: StorageNotice[],
  reason: Message,
): AccountStorage {
  if (reading.kind === 'damaged') {
    notices.push({
      severity: 'warning',
      message: message('storage.readOnlyDamaged', {
        file: filePath,
        problem: reading.problem,
        count: accounts.length,
      }),
    });
  }
  if (reading.kind === 'intact' && reading.migratedFrom !== undefined) {
    const from = reading.migratedFrom;
    notices.push({ severity: 'info', message: message('storage.readOnlyMigrated', { file: filePath, from }) });
  }
  return { accounts, store: readOnlyStore(reason), status: { filePath, writable: false, notices } };
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
  const { readOnly } = options;
  // On a read-only folder its notice comes first: it explains whatever follows.
  const notices: StorageNotice[] = readOnly ? [{ severity: 'warning', message: readOnly.notice }] : [];
  const leaveAlone = (accounts: StoredAccount[], notice: Message, reason: Message): AccountStorage => ({
    accounts,
    store: readOnlyStore(reason),
    status: { filePath, writable: false, notices: [...notices, { severity: 'error', message: notice }] },
  });

  let text: string | undefined;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') {
      const code = errorCode(error);
      return leaveAlone(
        [],
        message('storage.unreadable', { file: filePath, code }),
        message('storage.unreadable.reason', { code }),
      );
    }
  }

  const reading = readAccountsDocument(text, currentVersion, options.migrations ?? ACCOUNTS_FILE_MIGRATIONS);
  if (reading.kind === 'newer') {
    return leaveAlone(
      [],
      message('storage.newer', { file: filePath, version: reading.version, current: currentVersion }),
      message('storage.newer.reason'),
    );
  }

  const accounts = reading.kind === 'missing' ? [] : reading.accounts;
  if (readOnly) return openedReadOnly(filePath, reading, accounts, notices, readOnly.reason);
  // What recovering or migrating did: told only once the file is written in its new form.
  const changes: StorageNotice[] = [];
  let setAsideAs: string | undefined;
  if (reading.kind === 'damaged') {
    const keptAs = siblingName(filePath, `corrupt-${fileStamp(clock)}`);
    try {
      // Moved, not copied: the backend must not find the damaged file and refuse to open.
      renameSync(filePath, keptAs);
    } catch (error) {
      return leaveAlone(
        accounts,
        message('storage.damagedNotMoved', {
          file: filePath,
          problem: reading.problem,
          code: errorCode(error),
          count: accounts.length,
        }),
        message('storage.damagedNotMoved.reason', { code: errorCode(error) }),
      );
    }
    setAsideAs = keptAs;
    changes.push({
      severity: 'warning',
      message: message('storage.recovered', {
        problem: reading.problem,
        count: accounts.length,
        keptAs,
      }),
    });
  }
  if (reading.kind === 'intact' && reading.migratedFrom !== undefined) {
    const migratedFrom = reading.migratedFrom;
    const keptAs = siblingName(filePath, `format-${migratedFrom}-${fileStamp(clock)}`);
    try {
      copyFileSync(filePath, keptAs, constants.COPYFILE_EXCL);
    } catch (error) {
      return leaveAlone(
        accounts,
        message('storage.migrationNoBackup', { file: filePath, code: errorCode(error) }),
        message('storage.migrationNoBackup.reason', { code: errorCode(error) }),
      );
    }
    changes.push({
      severity: 'info',
      message: message('storage.migrated', { from: migratedFrom, to: currentVersion, keptAs }),
    });
  }

  removeInterruptedWrites(filePath);
  const store = lazyStore(filePath, createBackend);
  try {
    const rewrite = reading.kind === 'damaged' || (reading.kind === 'intact' && reading.migratedFrom !== undefined);
    const document: StoredDocument = { schemaVersion: currentVersion, accounts };
    if (rewrite) store.write(document as unknown as Record<string, unknown>);
  } catch (error) {
    // The damaged file goes back where it was: set aside with nothing written in its place, the next
    // start would find no file and begin empty, and the recovered accounts would be out of sight.
    if (setAsideAs) {
      try {
        renameSync(setAsideAs, filePath);
      } catch {
        // Then it stays set aside, under the name the notice below cannot give; nothing is deleted.
      }
    }
    const code = errorCode(error);
    return leaveAlone(
      accounts,
      message('storage.notWritable', { file: filePath, code }),
      message('storage.notWritable.reason', { code }),
    );
  }
  return { accounts, store, status: { filePath, writable: true, notices: [...notices, ...changes] } };
}
