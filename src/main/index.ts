import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, safeStorage, screen } from 'electron';
import { APP_EVENT_CHANNEL } from '../shared/app-events';
import { localeOf, setMessageLocale, t } from '../shared/i18n';
import { message, type Message } from '../shared/i18n/message';
import { MENU_COMMAND_CHANNEL } from '../shared/menu-commands';
import type { StorageStatus } from '../shared/storage-status';
import { showAbout } from './about';
import { createIpcHandlers } from './ipc/handlers';
import { createSenderCheck, registerIpc } from './ipc/register';
import { createApplicationMenu } from './menu';
import { resolveDataDirectory } from './platform/data-directory';
import { portableProfile } from './platform/portable-profile';
import { createSafeStorageCipher } from './platform/safe-storage-cipher';
import { chooseExportPath } from './platform/export-dialog';
import { chooseEvidencePath } from './platform/evidence-dialog';
import { chooseImportPath } from './platform/import-dialog';
import { chooseClientCertificatePath } from './platform/client-certificate-dialog';
import { accountsFilePath, openAccountsFile } from '../core/accounts/accounts-file';
import { createWindowStateStore } from './platform/window-state-store';
import {
  KnownAccountsFile,
  lockDataFolder,
  writesWhileHeld,
  type DataFolderLock,
} from '../core/accounts/data-folder-lock';
import { collectAppInfo } from '../core/app-info';
import { createCore } from '../core/create-core';
import { placeWindow } from './window-bounds';
import { createMainWindow, isAppUrl, rendererEntry } from './window';

const mainDir = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

// Electron keys its single-instance lock by the userData folder: decide that folder first. In the
// portable build it stays on this machine, one per stick (portable-profile.ts says why); only the
// app's own files go into the stick's data folder.
const dataDirectory = resolveDataDirectory(process.env);
const portable =
  dataDirectory.kind === 'installed' ? undefined : portableProfile(dataDirectory, app.getPath('userData'));
if (portable) app.setPath('userData', portable.userData);

// One writer for the settings file: a second start focuses the running window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  void app.whenReady().then(async () => {
    // Main speaks the OS language until the window chooses one (setLocale).
    setMessageLocale(localeOf(app.getLocale()));
    // The accounts file, window state and folder lock: on the stick when it has a data folder, else
    // here. A write-protected stick's data folder is only read (readOnly below).
    const readOnly = dataDirectory.kind === 'portable-read-only' ? dataDirectory : undefined;
    const stickFolder =
      dataDirectory.kind === 'portable' || dataDirectory.kind === 'portable-read-only'
        ? dataDirectory.directory
        : undefined;
    const appFolder = stickFolder ?? app.getPath('userData');
    // Losing the window's place costs nothing, but the stick cannot keep it: this machine's profile of it does.
    const windowStateFolder = readOnly ? app.getPath('userData') : appFolder;
    // The single-instance lock covers this user on this machine; the folder lock also covers the
    // command line and another user or machine sharing the folder (a portable stick).
    // A write-protected stick takes no lock: its lock folder could not be made, and nobody can write
    // the files it would protect.
    let held: DataFolderLock | undefined;
    // Why every save is refused once the folder lock is lost (writesWhileHeld, at createCore below).
    let lost: Message | undefined;
    // A lock that could not be refreshed in time (the PC slept, a slow share) is taken again; if
    // another process has taken it meanwhile, it may be writing the accounts file: a save here would
    // overwrite its changes, so nothing more is saved, and the user is told. Taken again, it may
    // still have been held in between: a file changed meanwhile is not this window's to overwrite.
    const relock = async () => {
      const again = await lockDataFolder(appFolder, () => void relock());
      held = again.ok ? again.lock : undefined;
      if (again.ok && !knownFile.changedElsewhere()) return;
      if (again.ok) {
        const file = accountsFilePath(appFolder);
        lost = message('storage.changedElsewhere.reason', { file });
        dialog.showErrorBox(t('storage.changedElsewhere.title'), t('storage.changedElsewhere', { file }));
        return;
      }
      lost = message('storage.lockLost.reason', { directory: appFolder });
      dialog.showErrorBox(t('storage.lockLost.title'), t('storage.lockLost', { directory: appFolder }));
    };
    const folderLock = readOnly ? undefined : await lockDataFolder(appFolder, () => void relock());
    if (folderLock && !folderLock.ok && folderLock.reason === 'in-use') {
      dialog.showErrorBox(t('storage.inUse.title'), t('storage.inUse', { directory: appFolder }));
      app.quit();
      return;
    }
    // Any other failure (a read-only stick, a share that refuses the lock folder) does not stop the
    // app: the accounts file's own checks decide whether it can be written, and say so.
    if (folderLock?.ok) held = folderLock.lock;
    app.on('will-quit', () => void held?.release().catch(() => undefined));
    const storage = openAccountsFile(
      appFolder,
      readOnly ? { readOnly: { notice: readOnly.notice, reason: readOnly.reason } } : {},
    );
    // The accounts file as this window read it (relock compares with it; each save here updates it).
    const knownFile = new KnownAccountsFile(storage.path);
    const storageStatus: StorageStatus = {
      ...storage.status,
      notices: [
        ...(dataDirectory.kind === 'portable-unwritable'
          ? [{ severity: 'warning' as const, message: dataDirectory.message }]
          : []),
        ...(portable?.notices ?? []),
        ...storage.status.notices,
      ],
    };
    const machineCipher = createSafeStorageCipher(safeStorage, process.platform);
    // On a stick the passwords travel with it: sealed with the portable passphrase's key, not with
    // this machine's safeStorage (which only keeps that key if the user asks to be remembered here).
    // A write-protected stick's key file is only read: unlocking works, saving does not. Installed,
    // or on a stick without a data folder (the accounts then live here), passwords stay sealed for
    // this machine.
    const core = createCore({
      storage: { ...storage, store: writesWhileHeld(storage.store, () => lost, knownFile) },
      machineCipher,
      application: `Mailbox Connect ${app.getVersion()}`,
      ...(stickFolder ? { portable: { dataFolder: stickFolder, machineFolder: app.getPath('userData') } } : {}),
    });
    await core.started;
    const appInfo = () => collectAppInfo(app.getVersion());
    // The menu is built before the window exists and rebuilt when the language or the window's
    // command states change.
    const shown: { window?: BrowserWindow } = {};
    const menu = createApplicationMenu(
      {
        send: (command) => shown.window?.webContents.send(MENU_COMMAND_CHANNEL, command),
        showAbout: () => showAbout(shown.window, appInfo()),
        developerTools: !app.isPackaged,
      },
      (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
    );
    const entry = rendererEntry(mainDir, devServerUrl);
    registerIpc(
      ipcMain,
      createIpcHandlers({
        core,
        storageStatus,
        appInfo,
        writeClipboard: (text) => clipboard.writeText(text),
        onLocaleChange: menu.show,
        onCommandStates: menu.setStates,
        chooseExportPath: (name) => chooseExportPath(dialog, shown.window, app.getPath('documents'), name),
        chooseImportPath: () => chooseImportPath(dialog, shown.window, app.getPath('documents')),
        chooseClientCertificatePath: () => chooseClientCertificatePath(dialog, shown.window, app.getPath('documents')),
        chooseEvidencePath: (kind, name) =>
          chooseEvidencePath(dialog, shown.window, app.getPath('documents'), kind, name),
        // A run may still report after the window closed (quitting): a destroyed window gets nothing.
        emit: (event) => {
          if (shown.window && !shown.window.isDestroyed()) shown.window.webContents.send(APP_EVENT_CHANNEL, event);
        },
      }),
      createSenderCheck((url) => isAppUrl(url, entry)),
    );

    const windowState = createWindowStateStore(windowStateFolder);
    const saved = windowState.read();
    const window = createMainWindow({
      mainDir,
      devServerUrl,
      bounds: placeWindow(
        saved.bounds,
        screen.getAllDisplays().map((display) => display.workArea),
        screen.getPrimaryDisplay().workArea,
      ),
      maximized: saved.maximized ?? false,
    });
    shown.window = window;
    window.on('close', () => windowState.write({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }));
    menu.show();
  });

  app.on('window-all-closed', () => app.quit());
}
