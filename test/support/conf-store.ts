import Conf from 'conf';
import type { DocumentStore } from '../../src/main/services/ports';

/** The same store electron-store wraps (conf), on disk in a temp folder: what the app writes, without Electron. */
export function createConfStore(directory: string): DocumentStore & { path: string } {
  const store = new Conf<Record<string, unknown>>({
    cwd: directory,
    configName: 'accounts',
    projectName: 'mailbox-connect-test',
    clearInvalidConfig: false,
  });
  return {
    path: store.path,
    read: () => store.store,
    write: (document) => {
      store.store = document;
    },
  };
}
