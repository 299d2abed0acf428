import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, shell, type WebPreferences } from 'electron';

/** Links the app may hand to the system browser; everything else is dropped. */
const EXTERNAL_LINK_ALLOWLIST = ['https://learn.microsoft.com/'];

export const SECURE_WEB_PREFERENCES = (preloadPath: string): WebPreferences => ({
  preload: preloadPath,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
});

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
  return EXTERNAL_LINK_ALLOWLIST.some((prefix) => url.startsWith(prefix));
}

export function createMainWindow(mainDir: string, devServerUrl: string | undefined): BrowserWindow {
  const entry = rendererEntry(mainDir, devServerUrl);
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Mailbox Connect',
    autoHideMenuBar: false,
    webPreferences: SECURE_WEB_PREFERENCES(path.join(mainDir, '../preload/index.cjs')),
  });
  const { webContents } = window;
  webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, entry)) event.preventDefault();
  });
  webContents.on('will-attach-webview', (event) => event.preventDefault());
  webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  webContents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  webContents.session.setPermissionCheckHandler(() => false);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entry);
  return window;
}
