import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCK_NAME } from '../../src/core/accounts/data-folder-lock';
import { channelOf, type API_METHODS } from '../../src/shared/ipc-channels';
import type { Message } from '../../src/shared/i18n/message';
import { fakeElectron, resetFakeElectron } from '../support/fake-electron';
import { english } from '../support/report-text';
import { TYPESCRIPT_NODE_ARGS } from '../support/typescript-child';

vi.mock('electron', async () => {
  const { fakeElectron } = await import('../support/fake-electron');
  return { ...fakeElectron, default: fakeElectron };
});

/** proper-lockfile refreshes a held lock every stale / 2 (data-folder-lock.ts: 20 s). */
const REFRESH_MS = 10_000;

/**
 * Another process on the same data folder (the CLI, the app of another user on the stick): a real
 * child running the real lockDataFolder, so only the lock directory on disk links it to main. It
 * reports its outcome as one JSON line and, when it got the lock, holds it until its stdin closes.
 */
const OTHER_PROCESS = `
const { lockDataFolder } = await import(${JSON.stringify(
  pathToFileURL(path.resolve(import.meta.dirname, '../../src/core/accounts/data-folder-lock.ts')).href,
)});
const outcome = await lockDataFolder(process.env.MC_LOCK_FOLDER);
process.stdout.write(JSON.stringify(outcome.ok ? { ok: true } : { ok: false, reason: outcome.reason }) + '\\n');
if (outcome.ok) process.stdin.on('end', () => void outcome.lock.release().then(() => process.exit(0))).resume();
`;

interface OtherProcess {
  outcome: { ok: true } | { ok: false; reason: string };
  /** Closes its stdin: a holder releases its lock, then it exits. */
  quit: () => Promise<void>;
}

async function anotherProcessLocks(folder: string): Promise<OtherProcess> {
  const child = spawn(process.execPath, [...TYPESCRIPT_NODE_ARGS, '--input-type=module', '-e', OTHER_PROCESS], {
    env: { ...process.env, MC_LOCK_FOLDER: folder },
    stdio: 'pipe',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0] ?? '');
    });
    child.once('exit', (code) => reject(new Error(`the other process ended (${code}) before answering: ${stderr}`)));
  });
  return {
    outcome: JSON.parse(line) as OtherProcess['outcome'],
    quit: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

const frame = { url: 'http://localhost:5173/' };
async function invoke(method: (typeof API_METHODS)[number], ...args: unknown[]): Promise<unknown> {
  const handler = fakeElectron.ipcMain.handlers.get(channelOf(method));
  if (!handler) throw new Error(`no handler for ${method}`);
  return handler({ senderFrame: frame, sender: { mainFrame: frame } }, ...args);
}

const settings = (connectionName: string) => ({
  server: 'mail.contoso.local',
  port: 993,
  encryption: 'tls',
  validateSsl: true,
  connectionName,
  emailAddress: 'invoices@contoso.com',
  userName: 'CONTOSO\\invoices',
});

describe('a data-folder lock reported compromised (src/main/index.ts relock)', () => {
  let userData: string;
  let lockFolder: string;
  const others: OtherProcess[] = [];
  beforeEach(async () => {
    userData = mkdtempSync(path.join(os.tmpdir(), 'mc-lock-lost-'));
    lockFolder = path.join(userData, LOCK_NAME);
    fakeElectron.app.paths.set('userData', userData);
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    // Only the timers are played: proper-lockfile's refresh (a setTimeout) then runs when the test
    // says, while its clock (Date.now, file mtimes) and the file system stay real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.resetModules();
    await import('../../src/main/index');
    await vi.waitFor(() => {
      if (fakeElectron.BrowserWindow.created.length === 0) throw new Error('not ready yet');
    });
  });
  afterEach(async () => {
    fakeElectron.app.emit('will-quit');
    for (const other of others.splice(0)) await other.quit();
    vi.useRealTimers();
    resetFakeElectron();
    vi.unstubAllEnvs();
    rmSync(userData, { recursive: true, force: true });
  });

  /** The moment proper-lockfile next checks the lock it keeps fresh for main. */
  const refreshDue = () => vi.advanceTimersByTimeAsync(REFRESH_MS);

  /** An account main saved while it held the folder. */
  async function savedAccountId(connectionName: string): Promise<string> {
    const saved = (await invoke('saveAccount', { settings: settings(connectionName), password: 'secret' })) as {
      ok: boolean;
      value: { account: { id: string } };
    };
    expect(saved.ok).toBe(true);
    return saved.value.account.id;
  }

  /**
   * The PC slept past the stale time: to another process main's lock is a crashed holder's, so it
   * takes the folder over (and may write to it from now on).
   */
  async function anotherProcessTakesOverWhileMainSleeps(): Promise<OtherProcess> {
    const slept = new Date(Date.now() - 60_000);
    utimesSync(lockFolder, slept, slept);
    const other = await anotherProcessLocks(userData);
    expect(other.outcome).toEqual({ ok: true });
    return other;
  }

  /** Main has the lock directory back, and another process, started now, is refused the folder. */
  async function takenAgainByMain(): Promise<void> {
    await vi.waitFor(() => expect(existsSync(lockFolder)).toBe(true));
    const other = await anotherProcessLocks(userData);
    others.push(other);
    expect(other.outcome).toEqual({ ok: false, reason: 'in-use' });
  }

  it('takes the folder again when its lock was removed, so another process still cannot take it', async () => {
    expect(statSync(lockFolder).isDirectory()).toBe(true);
    // What main writes itself is no change by someone else: the folder taken back stays writable.
    expect(await invoke('saveAccount', { settings: settings('Credits'), password: 'secret' })).toMatchObject({
      ok: true,
    });
    // The lock directory vanishes under main (deleted by hand, or a holder that took it over as stale
    // and released it): proper-lockfile's next refresh finds ENOENT and reports the lock compromised.
    rmSync(lockFolder, { recursive: true });
    await refreshDue();
    await takenAgainByMain();
    expect(fakeElectron.dialog.showErrorBox).not.toHaveBeenCalled();
    // The lock taken again is kept fresh like the first one: a later refresh finds it intact ...
    await refreshDue();
    expect(statSync(lockFolder).isDirectory()).toBe(true);
    // ... and watched like it: removed once more, it is taken once more.
    rmSync(lockFolder, { recursive: true });
    await refreshDue();
    await takenAgainByMain();
    expect(fakeElectron.dialog.showErrorBox).not.toHaveBeenCalled();
    // Main still holds the folder, so it saves.
    expect(await invoke('saveAccount', { settings: settings('Invoices'), password: 'secret' })).toMatchObject({
      ok: true,
    });
    expect(readFileSync(path.join(userData, 'accounts.json'), 'utf8')).toContain('Invoices');
    // And it releases the lock it took again when it quits: another process gets the folder then.
    fakeElectron.app.emit('will-quit');
    await vi.waitFor(() => expect(existsSync(lockFolder)).toBe(false));
    const after = await anotherProcessLocks(userData);
    others.push(after);
    expect(after.outcome).toEqual({ ok: true });
  });

  it('tells the user when another process took the folder meanwhile, and saves nothing more', async () => {
    const savedId = await savedAccountId('Invoices');
    const accountsFile = path.join(userData, 'accounts.json');
    const other = await anotherProcessTakesOverWhileMainSleeps();
    others.push(other);
    const theirs = readFileSync(accountsFile, 'utf8');

    // Main wakes: the lock's mtime is no longer its own, it is compromised, and taking it again fails.
    await refreshDue();
    await vi.waitFor(() => expect(fakeElectron.dialog.showErrorBox).toHaveBeenCalledTimes(1));
    expect(fakeElectron.dialog.showErrorBox).toHaveBeenCalledWith(
      'The data folder is no longer reserved for this window',
      `Another Mailbox Connect (another user or computer, or a command-line import) took over the data folder ${userData} while this one was inactive. So that its changes are not overwritten, nothing more is saved here: close this window and open the folder again.`,
    );

    // Main does not go on as the folder's writer: a save is refused, naming why, and the file stays
    // as the other process has it.
    const refused = await invoke('saveAccount', {
      id: savedId,
      settings: settings('Renamed here'),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    expect(english((refused as { error: { message: Message } }).error.message)).toBe(
      `The settings could not be written: the data folder ${userData} is no longer reserved for this window; close this window and open the folder again to save. Your changes are still in the form; try saving again.`,
    );
    expect(await invoke('saveAccount', { settings: settings('New here'), password: 'secret' })).toMatchObject({
      ok: false,
      error: { code: 'STORAGE' },
    });
    expect(readFileSync(accountsFile, 'utf8')).toBe(theirs);
    // Nor does it refresh, take or release the other's lock: quitting leaves it in place, still held.
    await refreshDue();
    fakeElectron.app.emit('will-quit');
    await vi.advanceTimersByTimeAsync(REFRESH_MS);
    expect(statSync(lockFolder).isDirectory()).toBe(true);
    const third = await anotherProcessLocks(userData);
    others.push(third);
    expect(third.outcome).toEqual({ ok: false, reason: 'in-use' });
    expect(fakeElectron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
  });

  it('takes the folder back, but saves nothing, when another process changed the accounts in between', async () => {
    const savedId = await savedAccountId('Invoices');
    const accountsFile = path.join(userData, 'accounts.json');
    // The PC slept: a command-line import took the folder as stale, wrote its accounts and let go.
    const importer = await anotherProcessTakesOverWhileMainSleeps();
    writeFileSync(accountsFile, readFileSync(accountsFile, 'utf8').replace('"Invoices"', '"Imported"'));
    const theirs = readFileSync(accountsFile, 'utf8');
    await importer.quit();
    expect(existsSync(lockFolder)).toBe(false);

    // Main wakes and takes the free folder again, but the file is no longer the one it read.
    await refreshDue();
    await takenAgainByMain();
    await vi.waitFor(() => expect(fakeElectron.dialog.showErrorBox).toHaveBeenCalledTimes(1));
    expect(fakeElectron.dialog.showErrorBox).toHaveBeenCalledWith(
      'The accounts were changed by another program',
      `While this window was inactive, another Mailbox Connect (another user or computer, or a command-line import) changed ${accountsFile}. So that those changes are not overwritten, nothing more is saved here: close this window and open the folder again to see them.`,
    );
    const refused = await invoke('saveAccount', { id: savedId, settings: settings('Renamed here') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    expect(english((refused as { error: { message: Message } }).error.message)).toContain(
      `${accountsFile} was changed by another program while this window was inactive`,
    );
    expect(readFileSync(accountsFile, 'utf8')).toBe(theirs);
  });
});
