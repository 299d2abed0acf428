import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { accountSettings } from '../../support/stored-accounts';
import type { Cipher } from '../../../src/core/ports';
import { createAesTestCipher } from '../../support/aes-test-cipher';

// electron-store (the app's backend) needs Electron's app and ipcMain; nothing else of Electron is used.
vi.mock('electron', async () => {
  const { fakeElectron } = await import('../../support/fake-electron');
  return { ...fakeElectron, default: fakeElectron };
});

/*
 * A stick pulled (or full, or turned read-only) in the middle of a save. The accounts file is written
 * by conf (electron-store's store in the app) through atomically, which goes through stubborn-fs:
 * openSync the temp file `<file>.tmp-<stamp>`, writeSync, fsyncSync, closeSync, chmodSync, renameSync
 * it onto the file, and on failure an async unlink of the temp file. stubborn-fs takes its references
 * to those functions when it is first imported, so the spies are installed before the storage modules
 * are imported (dynamically, below); each spy calls the real function unless a fault is armed.
 */

type Stage = 'write' | 'fsync' | 'rename';
type Code = 'EIO' | 'ENOSPC' | 'EPERM';

const DESCRIPTIONS: Record<Code, { text: string; errno: number }> = {
  EIO: { text: 'i/o error', errno: -5 },
  ENOSPC: { text: 'no space left on device', errno: -28 },
  EPERM: { text: 'operation not permitted', errno: -1 },
};

/** The error Node itself throws for `syscall`, with its message format (only path calls name a path). */
function fsError(code: Code, syscall: string, from?: string, to?: string): NodeJS.ErrnoException {
  const where = from === undefined ? '' : ` '${from}'${to === undefined ? '' : ` -> '${to}'`}`;
  const error: NodeJS.ErrnoException = new Error(`${code}: ${DESCRIPTIONS[code].text}, ${syscall}${where}`);
  return Object.assign(error, {
    code,
    errno: DESCRIPTIONS[code].errno,
    syscall,
    ...(from === undefined ? {} : { path: from }),
    ...(to === undefined ? {} : { dest: to }),
  });
}

let directory = '';
let fault: { stage: Stage; code: Code } | undefined;
let faultsThrown = 0;
const tempFds = new Map<number, string>();
const isTempFile = (file: unknown): file is string =>
  typeof file === 'string' && directory !== '' && file.startsWith(directory) && /\.tmp-/.test(path.basename(file));

const real = {
  openSync: fs.openSync,
  closeSync: fs.closeSync,
  writeSync: fs.writeSync,
  fsyncSync: fs.fsyncSync,
  renameSync: fs.renameSync,
  unlink: fs.unlink,
};

function armedFor(stage: Stage): Code | undefined {
  if (fault?.stage !== stage) return undefined;
  faultsThrown += 1;
  return fault.code;
}

vi.spyOn(fs, 'openSync').mockImplementation(((...args: Parameters<typeof fs.openSync>) => {
  const fd = real.openSync(...args);
  if (isTempFile(args[0])) tempFds.set(fd, args[0]);
  return fd;
}) as typeof fs.openSync);
vi.spyOn(fs, 'closeSync').mockImplementation((fd) => {
  tempFds.delete(fd);
  real.closeSync(fd);
});
vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, ...rest: unknown[]) => {
  const code = tempFds.has(fd) ? armedFor('write') : undefined;
  if (code) throw fsError(code, 'write');
  return (real.writeSync as (...args: unknown[]) => number)(fd, ...rest);
}) as typeof fs.writeSync);
vi.spyOn(fs, 'fsyncSync').mockImplementation((fd) => {
  const code = tempFds.has(fd) ? armedFor('fsync') : undefined;
  if (code) throw fsError(code, 'fsync');
  real.fsyncSync(fd);
});
vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
  const code = isTempFile(from) ? armedFor('rename') : undefined;
  if (code) throw fsError(code, 'rename', String(from), String(to));
  real.renameSync(from, to);
});
// The worst case: the stick is gone, so atomically's clean-up of its temp file fails as well.
vi.spyOn(fs, 'unlink').mockImplementation(((file: fs.PathLike, callback: fs.NoParamCallback) => {
  if (fault && isTempFile(file)) {
    const code = fault.code;
    setImmediate(() => callback(fsError(code, 'unlink', file)));
    return;
  }
  real.unlink(file, callback);
}) as typeof fs.unlink);

const { openAccountsFile } = await import('../../../src/core/accounts/accounts-file');
const { AccountsService } = await import('../../../src/core/accounts/accounts-service');
const { SecretsService } = await import('../../../src/core/secrets');
const { renderMessage } = await import('../../../src/shared/i18n');

const passwordOf = (index: number) => `Pässwörd-${index}-"quoted"\\9f3a`;

/** One start of the app on the folder, with this machine's cipher. */
function open(cipher: Cipher) {
  const storage = openAccountsFile(directory);
  return { storage, accounts: new AccountsService(storage, new SecretsService(cipher)) };
}

const tempFiles = () => fs.readdirSync(directory).filter((name) => name.includes('.tmp-'));

/** Every account is listed and its password opens for the settings it was saved with. */
async function expectAccounts(cipher: Cipher, count: number): Promise<void> {
  const { accounts } = open(cipher);
  const listed = accounts.list();
  expect(listed.map((account) => account.connectionName)).toEqual(
    Array.from({ length: count }, (_, index) => `Invoices ${index}`),
  );
  for (const [index, account] of listed.entries()) {
    expect(account.hasPassword).toBe(true);
    await expect(accounts.passwordFor(account.id, accountSettings(index))).resolves.toEqual({
      ok: true,
      password: passwordOf(index),
    });
  }
}

describe('saving the accounts file when the stick fails mid-write', () => {
  beforeAll(() => {
    // The spies reach conf only if stubborn-fs was first imported after they were installed.
    expect(fs.writeSync).not.toBe(real.writeSync);
  });
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'mc-write-faults-'));
    fault = undefined;
    faultsThrown = 0;
  });
  afterEach(() => {
    fault = undefined;
    fs.rmSync(directory, { recursive: true, force: true });
    directory = '';
  });

  const stages: Stage[] = ['write', 'fsync', 'rename'];
  const codes: Code[] = ['EIO', 'ENOSPC', 'EPERM'];
  for (const stage of stages) {
    for (const code of codes) {
      it(`${code} on the ${stage} of the temp file: the save fails clearly and nothing saved is lost`, async () => {
        const cipher = createAesTestCipher();
        const first = open(cipher);
        for (const index of [0, 1]) {
          const saved = await first.accounts.save({ settings: accountSettings(index), password: passwordOf(index) });
          expect(saved.ok).toBe(true);
        }
        const before = fs.readFileSync(first.storage.path);

        // A later start of the app: the failing save is its first write (conf is opened lazily by it).
        const second = open(cipher);
        fault = { stage, code };
        const failed = await second.accounts.save({ settings: accountSettings(2), password: passwordOf(2) });
        expect(faultsThrown).toBeGreaterThan(0);
        expect(failed.ok).toBe(false);
        const error = failed.ok ? undefined : failed.error;
        expect(error?.code).toBe('STORAGE');
        // What the user reads names the accounts file and the code, not atomically's temp file.
        const text = error && renderMessage('en', error.message);
        expect(text).toContain(first.storage.path);
        expect(text).toContain(code);
        expect(text).not.toMatch(/\.tmp-/);
        expect(text).toMatch(/still in the form/);
        // The service keeps what is on disk, not what failed to get there.
        expect(second.accounts.list().map((account) => account.connectionName)).toEqual(['Invoices 0', 'Invoices 1']);
        // Let atomically's (failing) clean-up run: the temp file of the pulled stick is still there.
        await new Promise((resolve) => setImmediate(resolve));
        expect(tempFiles()).toHaveLength(1);
        expect(fs.readFileSync(first.storage.path).equals(before)).toBe(true);

        // The stick is back: the next start finds the previous file whole and removes the leftover.
        fault = undefined;
        await expectAccounts(cipher, 2);
        expect(tempFiles()).toEqual([]);
        expect(fs.readFileSync(first.storage.path).equals(before)).toBe(true);

        // And saving works again, keeping everything saved before.
        const third = open(cipher);
        const retried = await third.accounts.save({ settings: accountSettings(2), password: passwordOf(2) });
        expect(retried.ok).toBe(true);
        await expectAccounts(cipher, 3);
        expect(tempFiles()).toEqual([]);
      });
    }
  }

  it('a failed save in a running app leaves the service able to save once the fault is gone', async () => {
    const cipher = createAesTestCipher();
    const { storage, accounts } = open(cipher);
    expect((await accounts.save({ settings: accountSettings(0), password: passwordOf(0) })).ok).toBe(true);
    const before = fs.readFileSync(storage.path);
    fault = { stage: 'rename', code: 'EIO' };
    expect((await accounts.save({ settings: accountSettings(1), password: passwordOf(1) })).ok).toBe(false);
    expect(fs.readFileSync(storage.path).equals(before)).toBe(true);
    fault = undefined;
    // The same conf instance, already opened by the failed write, writes the next save.
    expect((await accounts.save({ settings: accountSettings(1), password: passwordOf(1) })).ok).toBe(true);
    await expectAccounts(cipher, 2);
  });
});
