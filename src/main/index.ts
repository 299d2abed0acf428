import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, safeStorage } from 'electron';
import { createIpcHandlers } from './ipc/handlers';
import { createSenderCheck, registerIpc } from './ipc/register';
import { resolveDataDirectory } from './platform/data-directory';
import { createSafeStorageCipher } from './platform/safe-storage-cipher';
import { openSettingsStore } from './platform/settings-store';
import { AccountsService } from './services/accounts/accounts-service';
import { runConnectionTest } from './services/connection-test/run-connection-test';
import { SecretsService } from './services/secrets';
import { createMainWindow, isAppUrl, rendererEntry } from './window';
import type { StorageStatus } from '../shared/storage-status';

const mainDir = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

// One writer for the settings file: a second start focuses the running window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const dataDirectory = resolveDataDirectory(process.env);
  if (dataDirectory.kind === 'portable') app.setPath('userData', dataDirectory.directory);

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  void app.whenReady().then(() => {
    const storage = openSettingsStore(app.getPath('userData'));
    const storageStatus: StorageStatus =
      dataDirectory.kind === 'portable-unwritable'
        ? {
            ...storage.status,
            notices: [{ severity: 'warning', message: dataDirectory.message }, ...storage.status.notices],
          }
        : storage.status;
    const accounts = new AccountsService(
      storage,
      new SecretsService(createSafeStorageCipher(safeStorage, process.platform)),
    );
    const entry = rendererEntry(mainDir, devServerUrl);
    registerIpc(
      ipcMain,
      createIpcHandlers({ accounts, storageStatus, runConnectionTest }),
      createSenderCheck((url) => isAppUrl(url, entry)),
    );
    createMainWindow(mainDir, devServerUrl);
  });

  app.on('window-all-closed', () => app.quit());
}
