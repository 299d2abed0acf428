import path from 'node:path';
import Conf from 'conf';
import type { DocumentStore } from '../../src/main/services/ports';
import {
  openAccountStorage,
  type AccountStorage,
  type AccountStorageOptions,
} from '../../src/main/services/accounts/open-account-storage';

const CONFIG_NAME = 'accounts';

/** The same store electron-store wraps (conf), on disk in a folder: what the app writes, without Electron. */
export function createConfBackend(directory: string): DocumentStore {
  const store = new Conf<Record<string, unknown>>({
    cwd: directory,
    configName: CONFIG_NAME,
    projectName: 'mailbox-connect-test',
    clearInvalidConfig: false,
  });
  return {
    write: (document) => {
      store.store = document;
    },
  };
}

export function accountsFilePath(directory: string): string {
  return path.join(directory, `${CONFIG_NAME}.json`);
}

/** The app's start-up path (openAccountStorage) over conf in `directory`, as src/main/platform does over electron-store. */
export function openConfAccountStorage(
  directory: string,
  options: Omit<AccountStorageOptions, 'filePath' | 'createBackend'> = {},
): AccountStorage & { path: string } {
  const filePath = accountsFilePath(directory);
  return {
    ...openAccountStorage({ ...options, filePath, createBackend: () => createConfBackend(directory) }),
    path: filePath,
  };
}
