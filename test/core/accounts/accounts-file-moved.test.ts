import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountsService } from '../../../src/core/accounts/accounts-service';
import { accountsFilePath, openAccountsFile } from '../../../src/core/accounts/accounts-file';
import { SecretsService } from '../../../src/core/secrets';
import { createAesTestCipher } from '../../support/aes-test-cipher';
import { accountSettings } from '../../support/stored-accounts';
import { english } from '../../support/report-text';

interface StoredFile {
  schemaVersion: number;
  accounts: ({ id: string; secret?: unknown; updatedAt: string } & Record<string, unknown>)[];
}

/**
 * Installed mode: the accounts file copied by hand from machine A's profile to machine B's. Each
 * machine's safeStorage is its own key (two AES stand-ins), so B can open none of A's passwords:
 * each must show as "enter again" for its own account, never as an error for the whole file.
 */
describe('an accounts file moved by hand to another machine (installed, two safeStorage keys)', () => {
  let machineA: string;
  let machineB: string;
  beforeEach(() => {
    machineA = mkdtempSync(path.join(os.tmpdir(), 'mc-machine-a-'));
    machineB = mkdtempSync(path.join(os.tmpdir(), 'mc-machine-b-'));
  });
  afterEach(() => {
    rmSync(machineA, { recursive: true, force: true });
    rmSync(machineB, { recursive: true, force: true });
  });

  it('lists every account, marks each of A’s passwords on its own, and a password entered on B touches only its account', async () => {
    const cipherA = createAesTestCipher();
    const onA = new AccountsService(openAccountsFile(machineA), new SecretsService(cipherA));
    const ids: string[] = [];
    for (const index of [0, 1, 2]) {
      const saved = await onA.save({ settings: accountSettings(index), password: `password-A-${index}` });
      if (!saved.ok) throw new Error(english(saved.error.message));
      ids.push(saved.value.account.id);
    }
    const withoutPassword = await onA.save({ settings: accountSettings(3) });
    if (!withoutPassword.ok) throw new Error(english(withoutPassword.error.message));
    copyFileSync(accountsFilePath(machineA), accountsFilePath(machineB));
    const copied = JSON.parse(readFileSync(accountsFilePath(machineB), 'utf8')) as StoredFile;

    const storageB = openAccountsFile(machineB);
    expect(storageB.status).toMatchObject({ writable: true, notices: [] });
    const onB = new AccountsService(storageB, new SecretsService(createAesTestCipher()));
    expect(onB.list().map((account) => [account.connectionName, account.hasPassword])).toEqual([
      ['Invoices 0', true],
      ['Invoices 1', true],
      ['Invoices 2', true],
      ['Invoices 3', false],
    ]);
    const reentry = () => onB.list().map((account) => account.passwordNeedsReentry);

    // One account at a time: trying the first marks the first only.
    await expect(onB.passwordFor(ids[0] ?? '', accountSettings(0))).resolves.toEqual({
      ok: false,
      reason: 'undecryptable',
    });
    expect(reentry()).toEqual([true, false, false, false]);
    for (const index of [1, 2]) {
      await expect(onB.passwordFor(ids[index] ?? '', accountSettings(index))).resolves.toEqual({
        ok: false,
        reason: 'undecryptable',
      });
    }
    expect(reentry()).toEqual([true, true, true, false]);
    await expect(onB.passwordFor(withoutPassword.value.account.id, accountSettings(3))).resolves.toEqual({
      ok: false,
      reason: 'no-password',
    });

    // Entered again on B: that account works, the others stay as they were.
    const entered = await onB.save({ id: ids[1], settings: accountSettings(1), password: 'password-B-1' });
    expect(entered).toMatchObject({ ok: true, value: { account: { passwordNeedsReentry: false } } });
    await expect(onB.passwordFor(ids[1] ?? '', accountSettings(1))).resolves.toMatchObject({
      ok: true,
      password: 'password-B-1',
    });
    expect(reentry()).toEqual([true, false, true, false]);

    // In the file, only that account's password and time of change differ.
    const after = JSON.parse(readFileSync(accountsFilePath(machineB), 'utf8')) as StoredFile;
    expect(after.schemaVersion).toBe(copied.schemaVersion);
    expect(after.accounts.map((account) => account.id)).toEqual(copied.accounts.map((account) => account.id));
    for (const [index, account] of after.accounts.entries()) {
      const before = copied.accounts[index];
      if (index !== 1) {
        expect(account, `account ${index}`).toEqual(before);
        continue;
      }
      const { secret, updatedAt, ...rest } = account;
      const { secret: oldSecret, updatedAt: _oldUpdatedAt, ...oldRest } = before ?? { secret: undefined };
      expect(rest).toEqual(oldRest);
      expect(secret).not.toEqual(oldSecret);
      expect(typeof updatedAt).toBe('string');
    }

    // Back on A, the passwords B could not open are A's still.
    const backOnA = new AccountsService(openAccountsFile(machineB), new SecretsService(cipherA));
    await expect(backOnA.passwordFor(ids[0] ?? '', accountSettings(0))).resolves.toMatchObject({
      ok: true,
      password: 'password-A-0',
    });
    await expect(backOnA.passwordFor(ids[2] ?? '', accountSettings(2))).resolves.toMatchObject({
      ok: true,
      password: 'password-A-2',
    });
  });
});
