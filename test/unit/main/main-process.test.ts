import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, channelOf } from '../../../src/shared/ipc-channels';
import { MENU_COMMAND_CHANNEL } from '../../../src/shared/menu-commands';
import { lockDataFolder } from '../../../src/main/services/accounts/data-folder-lock';
import { fakeElectron, resetFakeElectron } from '../../support/fake-electron';

const FakeBrowserWindow = fakeElectron.BrowserWindow;

vi.mock('electron', async () => {
  const { fakeElectron } = await import('../../support/fake-electron');
  return { ...fakeElectron, default: fakeElectron };
});

type MenuItem = { label?: string; submenu?: MenuItem[]; click?: () => void };

/** Loads src/main/index.ts afresh, as Electron does at start, and lets its whenReady() work run. */
async function startMainProcess(): Promise<void> {
  vi.resetModules();
  await import('../../../src/main/index');
  await vi.waitFor(() => {
    if (fakeElectron.app.hasLock && FakeBrowserWindow.created.length === 0) throw new Error('not ready yet');
  });
}

describe('the main process (mocked electron)', () => {
  let userData: string;
  beforeEach(() => {
    userData = mkdtempSync(path.join(os.tmpdir(), 'mc-main-'));
    fakeElectron.app.paths.set('userData', userData);
  });
  afterEach(() => {
    resetFakeElectron();
    vi.unstubAllEnvs();
    rmSync(userData, { recursive: true, force: true });
  });

  it('quits at once when another instance holds the lock, touching nothing', async () => {
    fakeElectron.app.hasLock = false;
    await startMainProcess();
    expect(fakeElectron.app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toEqual([]);
    expect(fakeElectron.ipcMain.handlers.size).toBe(0);
  });

  it('brings the running window forward when a second instance starts', async () => {
    await startMainProcess();
    const [window] = FakeBrowserWindow.created;
    if (!window) throw new Error('no window');
    window.minimized = true;
    fakeElectron.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('registers every IPC method, sets the menu, and menu items reach the window', async () => {
    await startMainProcess();
    expect([...fakeElectron.ipcMain.handlers.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
    const [window] = FakeBrowserWindow.created;
    const [menu] = fakeElectron.Menu.menus as { template: MenuItem[] }[];
    const save = menu?.template.flatMap((item) => item.submenu ?? []).find((item) => item.label === '&Save');
    save?.click?.();
    expect(window?.webContents.send).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, 'save');
  });

  it('remembers the window’s place and restores it at the next start', async () => {
    writeFileSync(
      path.join(userData, 'window-state.json'),
      JSON.stringify({ bounds: { x: 100, y: 50, width: 1400, height: 900 }, maximized: true }),
    );
    await startMainProcess();
    const [window] = FakeBrowserWindow.created;
    expect(window?.options).toMatchObject({ x: 100, y: 50, width: 1400, height: 900 });
    window?.emit('ready-to-show');
    expect(window?.maximize).toHaveBeenCalled();
    window?.emit('close');
    expect(JSON.parse(readFileSync(path.join(userData, 'window-state.json'), 'utf8'))).toEqual({
      bounds: { x: 100, y: 50, width: 1400, height: 900 },
      maximized: false,
    });
  });

  it('refuses to start on a data folder another process holds, and says so', async () => {
    const held = await lockDataFolder(userData);
    try {
      vi.resetModules();
      await import('../../../src/main/index');
      await vi.waitFor(() => expect(fakeElectron.app.quit).toHaveBeenCalled());
      expect(fakeElectron.dialog.showErrorBox).toHaveBeenCalledWith(
        'Mailbox Connect is already using this data folder',
        expect.stringContaining(`The data folder ${userData} is in use by another Mailbox Connect`),
      );
      expect(FakeBrowserWindow.created).toEqual([]);
      expect(fakeElectron.ipcMain.handlers.size).toBe(0);
    } finally {
      if (held.ok) await held.lock.release();
    }
  });

  it('in the portable build keeps its data next to the executable', async () => {
    const stick = mkdtempSync(path.join(os.tmpdir(), 'mc-stick-'));
    try {
      vi.stubEnv('PORTABLE_EXECUTABLE_DIR', stick);
      const lockRequested = vi.spyOn(fakeElectron.app, 'requestSingleInstanceLock');
      await startMainProcess();
      expect(fakeElectron.app.setPath).toHaveBeenCalledWith('userData', path.join(stick, 'data'));
      // Electron keys the single-instance lock by userData: on the stick's folder, not the machine's.
      expect(fakeElectron.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
        lockRequested.mock.invocationCallOrder[0] ?? 0,
      );
    } finally {
      rmSync(stick, { recursive: true, force: true });
    }
  });
});
