import path from 'node:path';
import Conf from 'conf';
import type { DocumentStore } from '../ports';
import { openAccountStorage, type AccountStorage, type AccountStorageOptions } from './open-account-storage';

const CONFIG_NAME = 'accounts';

/** The file the app keeps its accounts in, inside its data folder. */
export function accountsFilePath(directory: string): string {
  return path.join(directory, `${CONFIG_NAME}.json`);
}

/**
 * The one writer of the accounts file, in the app, the CLI and the tests alike: conf (the store
 * electron-store is built on) writes atomically (a temporary file, fsync, rename) and needs no Electron.
 */
function createConfBackend(directory: string): DocumentStore {
  const store = new Conf<Record<string, unknown>>({
    cwd: directory,
    configName: CONFIG_NAME,
    projectName: 'mailbox-connect',
    clearInvalidConfig: false,
  });
  return {
    write: (document) => {
      store.store = document;
    },
  };
}

/** The accounts file of the data folder `directory`, through its start-up checks (openAccountStorage). */
export function openAccountsFile(
  directory: string,
  options: Omit<AccountStorageOptions, 'filePath' | 'createBackend'> = {},
): AccountStorage & { path: string } {
  const filePath = accountsFilePath(directory);
  return {
    ...openAccountStorage({ ...options, filePath, createBackend: () => createConfBackend(directory) }),
    path: filePath,
  };
}
