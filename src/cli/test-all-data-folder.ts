import { CommandFailure, type CliIo } from './cli-options';
import { english } from './english';
import { lockedHint, openDataFolder, requireExistingFolder, sealedForWindowsHint } from './data-folder-accounts';
import { withDataFolderLock } from './data-folder-guard';
import { outcomeLine, reportResult } from './format-test-all-outcome';

export interface DataFolderTest {
  dataDir: string;
  portableVariable: string | undefined;
  concurrency: number;
  timeoutMs: number;
  json: boolean;
}

/**
 * `test-all --data-dir`: the app's own Test all over the folder's accounts: the same password rules
 * (bound to its destination, plaintext only where confirmed in the app), each result kept with its
 * account. It writes, so it holds the folder's lock like an import.
 */
export function testDataFolder(command: DataFolderTest, io: CliIo): Promise<number> {
  requireExistingFolder(command.dataDir);
  return withDataFolderLock(command.dataDir, io, 'test-all', async () => {
    const folder = await openDataFolder(command.dataDir, io, command.portableVariable);
    const { accounts, testAll } = folder.core;
    // "0 of 0 succeeded" would pass a check that tested nothing.
    if (accounts.stored().length === 0)
      throw new CommandFailure(`${command.dataDir} holds no accounts: nothing to test.`);
    // The per-account reason speaks of the app's form; the command line says once what it can do instead.
    if (accounts.stored().some((account) => account.secret)) {
      if (!folder.portable) io.stderr(sealedForWindowsHint(command.dataDir));
      else if (folder.locked) io.stderr(lockedHint(command.dataDir));
    }
    const run = await testAll.run(undefined, command.concurrency, {
      timeoutMs: command.timeoutMs,
      onOutcome: (outcome) => {
        if (!command.json) io.stdout(`${outcomeLine(outcome, undefined)}\n`);
      },
    });
    if (!run.ok) throw new CommandFailure(english(run.error.message));
    return reportResult(run.value, command.json, io);
  });
}
