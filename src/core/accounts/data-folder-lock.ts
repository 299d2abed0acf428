import { statSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import type { Message } from '../../shared/i18n/message';
import { StoreWriteError, type DocumentStore } from '../ports';

/** The lock beside the accounts file: a directory, created atomically (proper-lockfile's mkdir strategy). */
export const LOCK_NAME = 'mailbox-connect.lock';

/** A holder refreshes the lock this often; a lock older than STALE_MS is a crashed holder's and is taken over. */
const STALE_MS = 20_000;

export interface DataFolderLock {
  release: () => Promise<void>;
}

export type LockOutcome =
  { ok: true; lock: DataFolderLock } | { ok: false; reason: 'in-use' | 'unavailable'; code: string };

/**
 * One writer per data folder, across processes and machines sharing it (the app, the CLI, two users
 * of a terminal server on one USB stick): without it the app's next save overwrites a CLI import.
 * proper-lockfile was chosen over a hand-written lock because it handles stale locks (a crashed or
 * unplugged holder) and keeps a live lock fresh; `onCompromised` reports instead of throwing, since
 * a lost lock (the stick was pulled) must not crash the app.
 */
export async function lockDataFolder(
  directory: string,
  onCompromised: (error: Error) => void = () => undefined,
): Promise<LockOutcome> {
  try {
    const release = await lockfile.lock(directory, {
      lockfilePath: path.join(directory, LOCK_NAME),
      realpath: false,
      stale: STALE_MS,
      retries: 0,
      onCompromised,
    });
    return { ok: true, lock: { release } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    return { ok: false, reason: code === 'ELOCKED' ? 'in-use' : 'unavailable', code };
  }
}

/** What the accounts file is on disk now: a write by anyone replaces it (conf renames), so this changes. */
function stampOf(filePath: string): string {
  try {
    const { mtimeMs, size, ino } = statSync(filePath);
    return `${mtimeMs}:${size}:${ino}`;
  } catch {
    return 'missing';
  }
}

/**
 * The accounts file as this process last read or wrote it. A lock taken again after it was lost
 * proves nothing about the time between: another process may have taken the folder as stale,
 * written, and let go. Then the file on disk is no longer the one behind this window's accounts,
 * and a save would overwrite what the other process wrote.
 */
export class KnownAccountsFile {
  private known: string;

  constructor(private readonly filePath: string) {
    this.known = stampOf(filePath);
  }

  /** After this process wrote it. */
  remember(): void {
    this.known = stampOf(this.filePath);
  }

  changedElsewhere(): boolean {
    return stampOf(this.filePath) !== this.known;
  }
}

/**
 * `store`, refused from the moment `lost()` gives a reason; each write it lets through is remembered
 * in `known`. A folder lock lost to another process (src/main/index.ts, relock) means that process
 * may be writing the accounts file now: a save here would overwrite its changes, which is what the
 * lock is for.
 */
export function writesWhileHeld(
  store: DocumentStore,
  lost: () => Message | undefined,
  known?: KnownAccountsFile,
): DocumentStore {
  return {
    write: (document) => {
      const reason = lost();
      if (reason) throw new StoreWriteError(reason);
      store.write(document);
      known?.remember();
    },
  };
}
