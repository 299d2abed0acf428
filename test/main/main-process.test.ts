import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, channelOf } from '../../src/shared/ipc-channels';
import { MENU_COMMAND_CHANNEL } from '../../src/shared/menu-commands';
import { COMMAND_IDS } from '../../src/shared/commands';
import { LOCK_NAME, lockDataFolder } from '../../src/core/accounts/data-folder-lock';
import { STICK_ID_FILE } from '../../src/main/platform/portable-profile';
import { renderStorageStatus, type StorageStatus } from '../../src/shared/storage-status';
import type { Message } from '../../src/shared/i18n/message';
import { fakeElectron, resetFakeElectron } from '../support/fake-electron';
import { startFakeImapServer } from '../support/fake-imap-server';
import { english } from '../support/report-text';
import { writeProtection } from '../support/write-protected-fs';

const FakeBrowserWindow = fakeElectron.BrowserWindow;

vi.mock('electron', async () => {
  const { fakeElectron } = await import('../support/fake-electron');
  return { ...fakeElectron, default: fakeElectron };
});

// The tests run as root, which chmod does not stop: a write-protected stick is simulated at the
// file-system calls of the app's own modules (write-protected-fs.ts), as a read-only volume answers;
// anything else that writes (conf, proper-lockfile) really writes, and the stick's bytes show it.
vi.mock('node:fs', async (original) => (await import('../support/write-protected-fs')).protectFs(await original()));
vi.mock('node:fs/promises', async (original) =>
  (await import('../support/write-protected-fs')).protectFsPromises(await original()),
);

type MenuItem = { label?: string; submenu?: MenuItem[]; click?: () => void };

/** Loads src/main/index.ts afresh, as Electron does at start, and lets its whenReady() work run. */
async function startMainProcess(): Promise<void> {
  vi.resetModules();
  await import('../../src/main/index');
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

  it('registers every IPC method, sets the menu, and menu items reach the window once it reports them enabled', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await startMainProcess();
    expect([...fakeElectron.ipcMain.handlers.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
    const [window] = FakeBrowserWindow.created;
    const saveIn = (menu: unknown) =>
      (menu as { template: MenuItem[] }).template
        .flatMap((item) => item.submenu ?? [])
        .find((item) => item.label === '&Save');
    // Before the window says what can run, the menu offers nothing.
    saveIn(fakeElectron.Menu.menus.at(-1))?.click?.();
    expect(window?.webContents.send).not.toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, 'save');
    const frame = { url: 'http://localhost:5173/' };
    const report = fakeElectron.ipcMain.handlers.get(channelOf('setCommandStates'));
    const states = Object.fromEntries(COMMAND_IDS.map((id) => [id, true]));
    expect(await report?.({ senderFrame: frame, sender: { mainFrame: frame } }, states)).toMatchObject({ ok: true });
    // A report that leaves a command out is refused by the contract's validation.
    const { save: _left, ...partial } = states;
    expect(await report?.({ senderFrame: frame, sender: { mainFrame: frame } }, partial)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    saveIn(fakeElectron.Menu.menus.at(-1))?.click?.();
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
      await import('../../src/main/index');
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

  describe('the portable build', () => {
    // Sticks are folders holding the portable exe; `machine` is this machine's default userData.
    let sticks: string[];
    const newStick = () => {
      const stick = mkdtempSync(path.join(os.tmpdir(), 'mc-stick-'));
      sticks.push(stick);
      return stick;
    };
    beforeEach(() => {
      sticks = [];
    });
    afterEach(() => {
      for (const stick of sticks) rmSync(stick, { recursive: true, force: true });
    });

    const isInside = (child: string, parent: string) => {
      const relative = path.relative(parent, child);
      return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
    };

    /** One run of the app from `stick`, as a fresh process would: returns the userData it chose. */
    async function startFrom(stick: string): Promise<string> {
      vi.stubEnv('PORTABLE_EXECUTABLE_DIR', stick);
      vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
      await startMainProcess();
      return fakeElectron.app.getPath('userData');
    }

    /** Quits the running app (releasing its data-folder lock) and makes the fake a fresh process again. */
    async function quit(appFolder: string): Promise<void> {
      fakeElectron.app.emit('will-quit');
      await vi.waitFor(() => expect(existsSync(path.join(appFolder, LOCK_NAME))).toBe(false));
      resetFakeElectron();
      fakeElectron.app.paths.set('userData', userData);
    }

    /** What the window is sent, with its notices in English as the window would show them. */
    async function storageStatus() {
      const handler = fakeElectron.ipcMain.handlers.get(channelOf('getStorageStatus'));
      const frame = { url: 'http://localhost:5173/' };
      const reply = (await handler?.({ senderFrame: frame, sender: { mainFrame: frame } })) as {
        ok: boolean;
        value: StorageStatus;
      };
      expect(reply.ok).toBe(true);
      return renderStorageStatus(reply.value);
    }

    it('keeps Chromium’s profile on this machine, chosen before the single-instance lock', async () => {
      const stick = newStick();
      const lockRequested = vi.spyOn(fakeElectron.app, 'requestSingleInstanceLock');
      const chosen = await startFrom(stick);
      // Local State (the DPAPI-wrapped safeStorage key) must never be on the stick: no userData there.
      for (const [name, value] of fakeElectron.app.setPath.mock.calls) {
        expect(isInside(value, stick), `${name} → ${value}`).toBe(false);
      }
      expect(chosen).toBe(
        path.join(userData, 'portable', readFileSync(path.join(stick, 'data', STICK_ID_FILE), 'utf8').trim()),
      );
      expect(statSync(chosen).isDirectory()).toBe(true);
      // Electron keys the single-instance lock by userData: this stick's, not the installed app's.
      expect(fakeElectron.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
        lockRequested.mock.invocationCallOrder[0] ?? 0,
      );
      await quit(path.join(stick, 'data'));
    });

    it('keeps the accounts file, the window state and the folder lock on the stick', async () => {
      const stick = newStick();
      const data = path.join(stick, 'data');
      const chosen = await startFrom(stick);
      expect((await storageStatus()).filePath).toBe(path.join(data, 'accounts.json'));
      expect(statSync(path.join(data, LOCK_NAME)).isDirectory()).toBe(true);
      FakeBrowserWindow.created[0]?.emit('close');
      expect(JSON.parse(readFileSync(path.join(data, 'window-state.json'), 'utf8'))).toMatchObject({
        maximized: false,
      });
      // Only the app's own files are on the stick; none of them lands in the machine's profile.
      expect(readdirSync(data).sort()).toEqual([LOCK_NAME, STICK_ID_FILE, 'window-state.json'].sort());
      expect(readdirSync(chosen)).toEqual([]);
      await quit(data);
    });

    it('finds the same profile for the same stick under another drive letter, another for another stick', async () => {
      const office = newStick();
      const first = await startFrom(office);
      await quit(path.join(office, 'data'));
      // The stick at the customer's: the same data folder, mounted elsewhere.
      const customer = newStick();
      cpSync(path.join(office, 'data'), path.join(customer, 'data'), { recursive: true });
      expect(await startFrom(customer)).toBe(first);
      await quit(path.join(customer, 'data'));
      const colleague = newStick();
      const other = await startFrom(colleague);
      expect(other).not.toBe(first);
      expect(path.dirname(other)).toBe(path.dirname(first));
      await quit(path.join(colleague, 'data'));
    });

    it('replaces a damaged stick id with a notice, and starts', async () => {
      const stick = newStick();
      mkdirSync(path.join(stick, 'data'));
      writeFileSync(path.join(stick, 'data', STICK_ID_FILE), 'C:\\not an id');
      const chosen = await startFrom(stick);
      expect(isInside(chosen, stick)).toBe(false);
      expect(FakeBrowserWindow.created).toHaveLength(1);
      const id = readFileSync(path.join(stick, 'data', STICK_ID_FILE), 'utf8').trim();
      expect(chosen).toBe(path.join(userData, 'portable', id));
      expect((await storageStatus()).notices).toEqual([
        expect.objectContaining({
          severity: 'warning',
          message: expect.stringContaining(
            `The identity file ${path.join(stick, 'data', STICK_ID_FILE)} of this portable copy could not be used (it holds no valid identity)`,
          ),
        }),
      ]);
      await quit(path.join(stick, 'data'));
    });

    async function invoke(method: (typeof API_METHODS)[number], ...args: unknown[]): Promise<unknown> {
      const handler = fakeElectron.ipcMain.handlers.get(channelOf(method));
      const frame = { url: 'http://localhost:5173/' };
      return handler?.({ senderFrame: frame, sender: { mainFrame: frame } }, ...args);
    }

    it('seals passwords with the portable passphrase, and a key remembered here unlocks the next start', async () => {
      const stick = newStick();
      const data = path.join(stick, 'data');
      const chosen = await startFrom(stick);
      expect(await invoke('getPortableStatus')).toEqual({ ok: true, value: { portable: true, state: 'not-set' } });
      expect(
        await invoke('setPortablePassphrase', { passphrase: 'correct horse battery staple', remember: true }),
      ).toMatchObject({ ok: true, value: { status: { state: 'unlocked', remembered: true } } });
      const saved = (await invoke('saveAccount', {
        settings: {
          server: 'mail.contoso.local',
          port: 993,
          encryption: 'tls',
          validateSsl: true,
          connectionName: 'Invoices',
          emailAddress: 'invoices@contoso.com',
          userName: 'CONTOSO\\invoices',
        },
        password: 'Portable-Main-Canary',
      })) as { ok: boolean; value: { account: { hasPassword: boolean }; notice?: Message } };
      expect(saved).toMatchObject({ ok: true, value: { account: { hasPassword: true } } });
      expect(saved.value.notice).toBeUndefined();
      // The key file travels; the remembered key stays in this machine's profile of the stick.
      expect(readdirSync(data)).toContain('portable-key.json');
      expect(readdirSync(chosen)).toContain('portable-key.remembered.json');
      const stored = JSON.parse(readFileSync(path.join(data, 'accounts.json'), 'utf8')) as {
        accounts: { secret: { cipherText: string } }[];
      };
      // Not the fake safeStorage's (reversed text): the portable cipher's own format.
      expect(
        Buffer.from(stored.accounts[0]?.secret.cipherText ?? '', 'base64')
          .subarray(0, 4)
          .toString(),
      ).toBe('mcp1');
      await quit(data);

      await startFrom(stick);
      expect(await invoke('getPortableStatus')).toEqual({
        ok: true,
        value: { portable: true, state: 'unlocked', remembered: true },
      });
      expect(await invoke('forgetPortableKey')).toMatchObject({ ok: true });
      await quit(data);
      await startFrom(stick);
      expect(await invoke('getPortableStatus')).toEqual({ ok: true, value: { portable: true, state: 'locked' } });
      expect(await invoke('listAccounts')).toMatchObject({
        ok: true,
        value: [{ hasPassword: true, passwordLocked: true }],
      });
      await quit(data);
    });

    /** Every folder and the bytes of every file below `root`. */
    function snapshot(root: string): Record<string, string> {
      const entries: Record<string, string> = {};
      const walk = (folder: string) => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
          const full = path.join(folder, entry.name);
          const name = path.relative(root, full);
          if (entry.isDirectory()) {
            entries[`${name}/`] = 'folder';
            walk(full);
          } else {
            entries[name] = createHash('sha256').update(readFileSync(full)).digest('hex');
          }
        }
      };
      walk(root);
      return entries;
    }

    it('opens a write-protected stick’s own accounts read-only: shown, unlockable, nothing on it changed', async () => {
      const server = await startFakeImapServer();
      const stick = newStick();
      const data = path.join(stick, 'data');
      const settings = {
        server: server.host,
        port: server.port,
        encryption: 'notls',
        insecureAcknowledged: true,
        validateSsl: false,
        connectionName: 'Invoices',
        emailAddress: 'invoices@contoso.com',
        userName: 'invoices',
      };
      try {
        // At the office: a passphrase, an account and its password, all on the stick.
        const chosen = await startFrom(stick);
        await invoke('setPortablePassphrase', { passphrase: 'correct horse battery staple', remember: false });
        const saved = (await invoke('saveAccount', { settings, password: 'Read-Only-Stick-Canary' })) as {
          ok: boolean;
          value: { account: { id: string } };
        };
        expect(saved.ok).toBe(true);
        const id = saved.value.account.id;
        FakeBrowserWindow.created[0]?.emit('close');
        await quit(data);

        // At the customer's, the stick's write-protect switch on.
        const before = snapshot(stick);
        expect(Object.keys(before).sort()).toEqual(
          [
            'data/',
            ...['accounts.json', 'portable-id', 'portable-key.json', 'window-state.json'].map((name) =>
              path.join('data', name),
            ),
          ].sort(),
        );
        writeProtection.roots.add(stick);
        expect(await startFrom(stick)).toBe(chosen);
        const status = await storageStatus();
        expect(status).toMatchObject({ filePath: path.join(data, 'accounts.json'), writable: false });
        expect(status.notices).toEqual([
          {
            severity: 'warning',
            message: `This stick is write-protected (${data}: EROFS): its accounts are shown, but nothing can be saved until the protection is removed and Mailbox Connect restarted.`,
          },
        ]);
        expect(await invoke('listAccounts')).toMatchObject({
          ok: true,
          value: [{ id, connectionName: 'Invoices', hasPassword: true, passwordLocked: true }],
        });
        // Unlocking only reads the stick's key file.
        expect(
          await invoke('unlockPortable', { passphrase: 'correct horse battery staple', remember: false }),
        ).toMatchObject({ ok: true, value: { status: { state: 'unlocked' } } });
        // The stored password opens with the stick's key and reaches the server.
        expect(await invoke('testConnection', { accountId: id, settings })).toMatchObject({ ok: true });
        expect(server.receivedBytes().toString()).toContain('Read-Only-Stick-Canary');
        // Saving is refused, naming the protection.
        const refused = await invoke('saveAccount', { id, settings: { ...settings, connectionName: 'Renamed' } });
        expect(refused).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
        expect(english((refused as { error: { message: Message } }).error.message)).toContain(
          `the stick is write-protected (${data}: EROFS)`,
        );
        // The window's place is kept on this machine instead.
        FakeBrowserWindow.created[0]?.emit('close');
        expect(readdirSync(chosen)).toContain('window-state.json');

        expect(snapshot(stick)).toEqual(before);
        // Our code tried one write, the check whether the stick can be written, and nothing else.
        expect(writeProtection.attempts).toEqual([{ syscall: 'access', path: data }]);
        await quit(data);
      } finally {
        writeProtection.roots.clear();
        writeProtection.attempts.length = 0;
        await server.close();
      }
    });

    it('refuses to start on a stick whose data folder another process holds (the CLI), and says so', async () => {
      const stick = newStick();
      const data = path.join(stick, 'data');
      mkdirSync(data);
      const held = await lockDataFolder(data);
      expect(held.ok).toBe(true);
      try {
        vi.stubEnv('PORTABLE_EXECUTABLE_DIR', stick);
        vi.resetModules();
        await import('../../src/main/index');
        await vi.waitFor(() => expect(fakeElectron.app.quit).toHaveBeenCalled());
        expect(fakeElectron.dialog.showErrorBox).toHaveBeenCalledWith(
          'Mailbox Connect is already using this data folder',
          expect.stringContaining(`The data folder ${data} is in use by another Mailbox Connect`),
        );
        expect(FakeBrowserWindow.created).toEqual([]);
        expect(fakeElectron.ipcMain.handlers.size).toBe(0);
      } finally {
        if (held.ok) await held.lock.release();
      }
    });

    it('starts from a stick it cannot write to, on this machine, with today’s notice', async () => {
      const stick = newStick();
      // A file where the data folder should be: as real a failure as a write-protected stick.
      writeFileSync(path.join(stick, 'data'), 'not a folder');
      const chosen = await startFrom(stick);
      expect(isInside(chosen, stick)).toBe(false);
      expect(isInside(chosen, path.join(userData, 'portable'))).toBe(true);
      const status = await storageStatus();
      expect(status.filePath).toBe(path.join(chosen, 'accounts.json'));
      expect(status.notices[0]?.message).toMatch(/^Settings cannot be kept next to the program/);
      expect(readFileSync(path.join(stick, 'data'), 'utf8')).toBe('not a folder');
      await quit(chosen);
      // The same stick finds the same profile again, though no id could be written on it.
      expect(await startFrom(stick)).toBe(chosen);
      await quit(chosen);
    });
  });

  it('in the installed app leaves userData where Electron put it', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await startMainProcess();
    expect(fakeElectron.app.setPath).not.toHaveBeenCalled();
    expect(fakeElectron.app.getPath('userData')).toBe(userData);
    // Passwords stay sealed for this machine: there is no portable passphrase.
    const frame = { url: 'http://localhost:5173/' };
    const handler = fakeElectron.ipcMain.handlers.get(channelOf('getPortableStatus'));
    expect(await handler?.({ senderFrame: frame, sender: { mainFrame: frame } })).toEqual({
      ok: true,
      value: { portable: false },
    });
  });
});
