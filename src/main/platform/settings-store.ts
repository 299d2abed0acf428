import ElectronStore from 'electron-store';
import type { DocumentStore } from '../services/ports';

/** electron-store (atomic writes through conf) as the services' document store. */
export function createSettingsStore(directory: string | undefined): DocumentStore {
  const store = new ElectronStore<Record<string, unknown>>({
    name: 'accounts',
    ...(directory ? { cwd: directory } : {}),
    clearInvalidConfig: false,
  });
  return {
    read: () => store.store,
    write: (document) => {
      store.store = document;
    },
  };
}
