import path from 'node:path';
import ElectronStore from 'electron-store';
import {
  openAccountStorage,
  type AccountStorage,
  type AccountStorageOptions,
} from '../../core/accounts/open-account-storage';

const STORE_NAME = 'accounts';

/**
 * electron-store (atomic writes through conf) behind the start-up checks of the accounts file.
 * `readOnly` (a write-protected stick) only reads the file: electron-store is then never opened.
 */
export function openSettingsStore(directory: string, readOnly?: AccountStorageOptions['readOnly']): AccountStorage {
  return openAccountStorage({
    filePath: path.join(directory, `${STORE_NAME}.json`),
    ...(readOnly ? { readOnly } : {}),
    createBackend: () => {
      const store = new ElectronStore<Record<string, unknown>>({
        name: STORE_NAME,
        cwd: directory,
        clearInvalidConfig: false,
      });
      return {
        write: (document) => {
          store.store = document;
        },
      };
    },
  });
}
