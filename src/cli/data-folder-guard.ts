import { lockDataFolder } from '../core/accounts/data-folder-lock';
import { EXIT, type CliIo } from './cli-options';

/**
 * Runs `write` holding the data folder's lock. A folder the app (or another import) holds is
 * refused with exit 1: the app keeps its accounts in memory, and its next save would silently
 * overwrite whatever the command line wrote.
 */
export async function withDataFolderLock(
  dataDir: string,
  io: CliIo,
  command: 'import' | 'test-all',
  write: () => Promise<number>,
): Promise<number> {
  const locked = await lockDataFolder(dataDir);
  if (!locked.ok && locked.reason === 'in-use') {
    io.stderr(
      `The data folder ${dataDir} is in use by Mailbox Connect (the app, or another import or test-all). Close the app, then run ${command} again.\n`,
    );
    return EXIT.failed;
  }
  // A folder that cannot hold a lock (read-only) is reported by the write itself; a missing one by
  // the command (export and test-all refuse it, import creates it).
  try {
    return await write();
  } finally {
    if (locked.ok) await locked.lock.release();
  }
}
