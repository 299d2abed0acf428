import path from 'node:path';
import Conf from 'conf';
import type { DocumentStore } from '../ports';
import { openAccountStorage, type AccountStorage, type AccountStorageOptions } from './open-account-storage';

const CONFIG_NAME = 'accounts';

/** The file the app keeps its accounts in, inside its data folder. */
export function accountsFilePath(directory: string): string {
  return path.join(directory, `${CONFIG_NAME}.json`);
}

/** conf, the store electron-store wraps, on the same file: atomic writes without Electron (CLI, tests). */
export function createConfBackend(directory: string): DocumentStore {
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
