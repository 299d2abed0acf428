import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, dialog, shell } from 'electron';
import { t } from '../shared/i18n';
import { MIN_SIZE, type Rectangle } from './window-bounds';

/** Links the app may hand to the system browser; everything else is dropped. */
const EXTERNAL_LINK_ALLOWLIST = ['https://learn.microsoft.com/'];

export function rendererEntry(mainDir: string, devServerUrl: string | undefined): string {
  return devServerUrl ?? pathToFileURL(path.join(mainDir, '../renderer/index.html')).toString();
}

/** True for the app's own pages: the packaged index.html or the dev server during development. */
export function isAppUrl(url: string, entry: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(entry);
    if (app.protocol === 'file:') return target.protocol === 'file:' && target.pathname === app.pathname;
    return target.origin === app.origin;
  } catch {
    return false;
  }
}

export function isAllowedExternalLink(url: string): boolean {
  try {
    const target = new URL(url);
    return target.protocol === 'https:' && EXTERNAL_LINK_ALLOWLIST.some((prefix) => target.href.startsWith(prefix));
  } catch {
    return false;
  }
}

export interface MainWindowOptions {
  mainDir: string;
  devServerUrl: string | undefined;
  bounds: Rectangle;
  maximized: boolean;
}

export function createMainWindow({ mainDir, devServerUrl, bounds, maximized }: MainWindowOptions): BrowserWindow {
  const entry = rendererEntry(mainDir, devServerUrl);
  // The web preferences stay a literal here, so that reviewers and Electronegativity see them in one place.
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Mailbox Connect',
    autoHideMenuBar: false,
    webPreferences: {
      preload: path.join(mainDir, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A middle click would otherwise open links outside the window-open handler.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  const { webContents } = window;
  webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, entry)) event.preventDefault();
  });
  webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, entry)) event.preventDefault();
  });
  webContents.on('will-attach-webview', (event) => event.preventDefault());
  webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  webContents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  webContents.session.setPermissionCheckHandler(() => false);
  // The page cancels unloading while an edit is unsaved: ask whether to close anyway.
  webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: [t('close.discard'), t('close.keep')],
      defaultId: 1,
      cancelId: 1,
      title: t('app.title'),
      message: t('close.title'),
      detail: t('close.body'),
    });
    if (choice === 0) event.preventDefault();
  });
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  void window.loadURL(entry);
  return window;
}
