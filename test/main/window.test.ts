import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, fakeElectron, resetFakeElectron } from '../support/fake-electron';

vi.mock('electron', async () => {
  const { fakeElectron } = await import('../support/fake-electron');
  return { ...fakeElectron, default: fakeElectron };
});
const { createMainWindow, isAllowedExternalLink, isAppUrl, rendererEntry } = await import('../../src/main/window');

const MAIN_DIR = '/opt/mailbox-connect/resources/app.asar/out/main';
const bounds = { x: 10, y: 20, width: 1300, height: 820 };

function openWindow(maximized = false) {
  createMainWindow({ mainDir: MAIN_DIR, devServerUrl: undefined, bounds, maximized });
  const window = FakeBrowserWindow.created.at(-1);
  if (!window) throw new Error('no window was created');
  return window;
}

function prevented(window: FakeBrowserWindow, event: string, ...args: unknown[]): boolean {
  const preventDefault = vi.fn();
  window.webContents.emit(event, { preventDefault }, ...args);
  return preventDefault.mock.calls.length > 0;
}

describe('the main window (mocked electron)', () => {
  afterEach(resetFakeElectron);

  it('is created with isolated, sandboxed, Node-free web preferences and the restored bounds', () => {
    const window = openWindow();
    expect(window.options).toMatchObject({ ...bounds, minWidth: 1024, minHeight: 700, show: false });
    expect(window.options.webPreferences).toEqual({
      preload: '/opt/mailbox-connect/resources/app.asar/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    });
    expect(window.loadURL).toHaveBeenCalledWith(
      'file:///opt/mailbox-connect/resources/app.asar/out/renderer/index.html',
    );
  });

  it('stays on its own page: foreign navigation and redirects are prevented, webviews refused', () => {
    const window = openWindow();
    const entry = 'file:///opt/mailbox-connect/resources/app.asar/out/renderer/index.html';
    expect(prevented(window, 'will-navigate', `${entry}#accounts`)).toBe(false);
    expect(prevented(window, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented(window, 'will-navigate', 'file:///C:/Windows/win.ini')).toBe(true);
    expect(prevented(window, 'will-redirect', 'https://evil.example/')).toBe(true);
    expect(prevented(window, 'will-attach-webview', {}, {})).toBe(true);
  });

  it('opens no window; only allow-listed https links go to the system browser', () => {
    const window = openWindow();
    const open = (url: string) => window.webContents.windowOpenHandler?.({ url });
    expect(open('https://learn.microsoft.com/en-us/exchange/clients/pop3-and-imap4')).toEqual({ action: 'deny' });
    expect(fakeElectron.shell.openExternal).toHaveBeenCalledTimes(1);
    for (const url of [
      'http://learn.microsoft.com/',
      'https://learn.microsoft.com.evil.example/',
      'file:///C:/',
      'javascript:alert(1)',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(fakeElectron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('denies every permission request and check', () => {
    const window = openWindow();
    const callback = vi.fn();
    window.webContents.permissionRequestHandler?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(window.webContents.permissionCheckHandler?.({}, 'clipboard-read')).toBe(false);
  });

  it('shows itself when ready, maximized if it was', () => {
    const window = openWindow(true);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
  });

  it('recognises its own pages, in the package and on the dev server', () => {
    const entry = rendererEntry(MAIN_DIR, undefined);
    expect(isAppUrl(entry, entry)).toBe(true);
    expect(isAppUrl('file:///opt/other/index.html', entry)).toBe(false);
    const dev = rendererEntry(MAIN_DIR, 'http://localhost:5173/');
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('not a url', dev)).toBe(false);
    expect(isAllowedExternalLink('https://learn.microsoft.com/x')).toBe(true);
  });

  it('asks before closing over unsaved changes, and closes only on Discard', () => {
    const window = openWindow();
    fakeElectron.dialog.showMessageBoxSync.mockReturnValueOnce(1);
    expect(prevented(window, 'will-prevent-unload')).toBe(false);
    fakeElectron.dialog.showMessageBoxSync.mockReturnValueOnce(0);
    expect(prevented(window, 'will-prevent-unload')).toBe(true);
    expect(fakeElectron.dialog.showMessageBoxSync).toHaveBeenLastCalledWith(
      window,
      expect.objectContaining({
        message: 'Close with unsaved changes?',
        buttons: ['Close and discard', 'Keep editing'],
      }),
    );
  });
});
