import ElectronStore from 'electron-store';
import { readWindowState, type WindowState } from '../window-bounds';

/** Window size, position and maximized state between starts; losing it costs nothing, so a bad file is reset. */
export function createWindowStateStore(directory: string): {
  read: () => Partial<WindowState>;
  write: (state: WindowState) => void;
} {
  const store = new ElectronStore<Record<string, unknown>>({
    name: 'window-state',
    cwd: directory,
    clearInvalidConfig: true,
  });
  return {
    read: () => readWindowState(store.store),
    write: (state) => {
      try {
        store.store = { ...state };
      } catch {
        // A read-only folder must not stop the app from closing.
      }
    },
  };
}
