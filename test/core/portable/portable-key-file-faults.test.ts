import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as WriteExportFile from '../../../src/core/transfer/write-export-file';
import { accountsFilePath } from '../../../src/core/accounts/accounts-file';
import { KEYRING_FILE, keyringPath } from '../../../src/core/portable/keyring-file';
import { ChromiumMachine } from '../../support/chromium-machine';
import { CHEAP_SCRYPT, startPortableRun } from '../../support/portable-run';
import { english } from '../../support/report-text';
import { accountSettings } from '../../support/stored-accounts';

/** Fails chosen writes of the key file as a pulled stick or a full disk would, after `allowed` more succeed. */
const faults = vi.hoisted(() => ({ keyringWritesAllowed: Infinity, code: 'EIO' }));
vi.mock('../../../src/core/transfer/write-export-file', async (importOriginal) => {
  const original = await importOriginal<typeof WriteExportFile>();
  return {
    writeExportFile: async (target: string, text: string) => {
      if (target.endsWith(KEYRING_FILE)) {
        if (faults.keyringWritesAllowed <= 0)
          throw Object.assign(new Error(`${faults.code}: injected`), { code: faults.code });
        faults.keyringWritesAllowed -= 1;
      }
      return original.writeExportFile(target, text);
    },
  };
});

const PASSPHRASE = 'correct horse battery staple';
const NEW_PASSPHRASE = 'Tr0ubador & a second thought';

describe('the key file on a stick that fails mid-write', () => {
  let root: string;
  let data: string;
  let profile: string;
  let machine: ChromiumMachine;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'mc-portable-faults-'));
    data = path.join(root, 'data');
    profile = path.join(root, 'profile');
    mkdirSync(data);
    machine = new ChromiumMachine('office');
    faults.keyringWritesAllowed = Infinity;
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const start = () => startPortableRun(data, profile, machine.start(profile), { cost: CHEAP_SCRYPT });

  it.each(['EIO', 'ENOSPC', 'EPERM'])(
    'at first use (%s): a clear error, nothing written, still not set',
    async (code) => {
      faults.code = code;
      faults.keyringWritesAllowed = 0;
      const run = await start();
      const reply = await run.portable.setPassphrase(PASSPHRASE, false);
      if (reply.ok) throw new Error('a passphrase was set on a stick that cannot be written');
      expect({ ...reply, error: { ...reply.error, message: english(reply.error.message) } }).toEqual({
        ok: false,
        error: {
          code: 'STORAGE',
          message: `The key file ${keyringPath(data)} could not be written (${code}). Nothing was changed.`,
        },
      });
      expect(existsSync(keyringPath(data))).toBe(false);
      await expect(run.portable.status()).resolves.toEqual({ portable: true, state: 'not-set' });
    },
  );

  it('before a change: nothing changes, the old passphrase applies', async () => {
    const run = await start();
    await run.portable.setPassphrase(PASSPHRASE, false);
    await run.accounts.save({ settings: accountSettings(0), password: 'secret-0' });
    const before = [readFileSync(keyringPath(data), 'utf8'), readFileSync(accountsFilePath(data), 'utf8')];
    faults.keyringWritesAllowed = 0;
    expect(await (await start()).portable.change(PASSPHRASE, NEW_PASSPHRASE)).toMatchObject({
      ok: false,
      error: { code: 'STORAGE' },
    });
    expect([readFileSync(keyringPath(data), 'utf8'), readFileSync(accountsFilePath(data), 'utf8')]).toEqual(before);
  });

  it('after the passwords were re-sealed, the last key-file write failing: the new passphrase opens them at the next start', async () => {
    const run = await start();
    await run.portable.setPassphrase(PASSPHRASE, false);
    const saved = await run.accounts.save({ settings: accountSettings(0), password: 'secret-0' });
    if (!saved.ok) throw new Error(english(saved.error.message));
    // The first write (the key file naming the new key as next) succeeds, the one finishing it fails.
    faults.keyringWritesAllowed = 1;
    expect(await (await start()).portable.change(PASSPHRASE, NEW_PASSPHRASE)).toMatchObject({ ok: true });
    faults.keyringWritesAllowed = Infinity;
    const next = await start();
    await expect(next.portable.unlock(PASSPHRASE, false)).resolves.toMatchObject({
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect(await next.portable.unlock(NEW_PASSPHRASE, false)).toMatchObject({ ok: true });
    await expect(next.accounts.passwordFor(saved.value.account.id, saved.value.account)).resolves.toEqual({
      ok: true,
      password: 'secret-0',
    });
  });
});
