import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountsService } from '../../../src/core/accounts/accounts-service';
import { accountsFilePath, openAccountsFile } from '../../../src/core/accounts/accounts-file';
import type { StoredDocument } from '../../../src/core/accounts/stored-account';
import { keyringPath, type Keyring } from '../../../src/core/portable/keyring-file';
import { keyIdOf } from '../../../src/core/portable/passphrase-key';
import { keyIdOfCipherText } from '../../../src/core/portable/portable-key-cipher';
import { REMEMBERED_KEY_FILE } from '../../../src/core/portable/remembered-key';
import { SecretsService } from '../../../src/core/secrets';
import type { PortablePasswordsStatus } from '../../../src/shared/portable';
import type { Result } from '../../../src/shared/result';
import { PASSPHRASE_MAX_LENGTH } from '../../../src/shared/transfer';
import { ChromiumMachine } from '../../support/chromium-machine';
import { CHEAP_SCRYPT, startPortableRun } from '../../support/portable-run';
import { english } from '../../support/report-text';
import { accountSettings } from '../../support/stored-accounts';
import { settingsOfView } from '../../support/stored-accounts';

const PASSPHRASE = 'correct horse battery staple';
const NEW_PASSPHRASE = 'Tr0ubador & a second thought';

/** A reply as an English reader sees it: the core answers with messages, these tests assert the words. */
function inEnglish<T>(reply: Result<T>) {
  return reply.ok ? reply : { ok: false as const, error: { ...reply.error, message: english(reply.error.message) } };
}

function statusInEnglish(status: PortablePasswordsStatus) {
  return status.portable && status.state === 'damaged' ? { ...status, problem: english(status.problem) } : status;
}

describe('the portable passphrase', () => {
  let root: string;
  let data: string;
  let profile: string;
  let machine: ChromiumMachine;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'mc-portable-'));
    data = path.join(root, 'stick', 'data');
    profile = path.join(root, 'machine', 'profile');
    mkdirSync(data, { recursive: true });
    machine = new ChromiumMachine('office');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const start = (options: Parameters<typeof startPortableRun>[3] = {}, on = machine, folder = profile) =>
    startPortableRun(data, folder, on.start(folder), { cost: CHEAP_SCRYPT, ...options });
  const readKeyringFile = () => JSON.parse(readFileSync(keyringPath(data), 'utf8')) as Keyring;
  const filesOnStick = () => ({
    keyring: existsSync(keyringPath(data)) ? readFileSync(keyringPath(data), 'utf8') : undefined,
    accounts: existsSync(accountsFilePath(data)) ? readFileSync(accountsFilePath(data), 'utf8') : undefined,
  });
  const storedDocument = () => JSON.parse(readFileSync(accountsFilePath(data), 'utf8')) as StoredDocument;

  /** A stick with a passphrase and two accounts with passwords, as the office leaves it. */
  async function preparedStick(passphrase = PASSPHRASE, remember = false) {
    const run = await start();
    expect(await run.portable.setPassphrase(passphrase, remember)).toMatchObject({ ok: true });
    const ids: string[] = [];
    for (const index of [0, 1]) {
      const saved = await run.accounts.save({ settings: accountSettings(index), password: `secret-${index}` });
      if (!saved.ok) throw new Error(english(saved.error.message));
      ids.push(saved.value.account.id);
    }
    return ids;
  }

  async function expectPasswords(accounts: AccountsService, ids: string[]) {
    for (const [index, id] of ids.entries()) {
      const account = accounts.get(id);
      if (!account.ok) throw new Error('account gone');
      await expect(accounts.passwordFor(id, account.value)).resolves.toEqual({ ok: true, password: `secret-${index}` });
    }
  }

  it('is set on first use; until then passwords are not stored, and the file records its scrypt cost', async () => {
    const run = await start();
    await expect(run.portable.status()).resolves.toEqual({ portable: true, state: 'not-set' });
    const unsaved = await run.accounts.save({ settings: accountSettings(0), password: 'secret-0' });
    expect(english(unsaved.ok ? unsaved.value.notice : undefined)).toMatch(
      /no portable passphrase is set for this stick yet/,
    );
    expect(unsaved.ok && unsaved.value.account.hasPassword).toBe(false);

    expect(inEnglish(await run.portable.setPassphrase('too short', false))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/at least 10 characters/) },
    });
    expect(existsSync(keyringPath(data))).toBe(false);

    await expect(run.portable.setPassphrase(PASSPHRASE, false)).resolves.toEqual({
      ok: true,
      value: { status: { portable: true, state: 'unlocked', remembered: false } },
    });
    expect(readKeyringFile()).toEqual({
      format: 'mailbox-connect-portable-key',
      version: 1,
      key: {
        kdf: 'scrypt',
        N: 2 ** 14,
        r: 8,
        p: 1,
        salt: expect.any(String),
        keys: 'hkdf-sha256',
        cipher: 'aes-256-gcm',
        check: { iv: expect.any(String), tag: expect.any(String), data: expect.any(String) },
      },
    });
    // A second "first use" must not replace the key the stick's passwords are sealed with.
    const before = filesOnStick();
    expect(inEnglish(await run.portable.setPassphrase(NEW_PASSPHRASE, false))).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_SET', message: expect.stringMatching(/already has a portable passphrase/) },
    });
    expect(filesOnStick()).toEqual(before);
  });

  it('while locked lists every account, reports its password locked, and neither uses nor loses it', async () => {
    const ids = await preparedStick();
    const sealed = storedDocument().accounts.map((account) => account.secret?.cipherText);
    const run = await start();
    await expect(run.portable.status()).resolves.toEqual({ portable: true, state: 'locked' });
    expect(run.accounts.list()).toEqual([
      expect.objectContaining({ hasPassword: true, passwordLocked: true, passwordNeedsReentry: false }),
      expect.objectContaining({ hasPassword: true, passwordLocked: true, passwordNeedsReentry: false }),
    ]);
    const [first] = run.accounts.list();
    if (!first) throw new Error('no account');
    await expect(run.accounts.passwordFor(first.id, first)).resolves.toEqual({ ok: false, reason: 'locked' });
    // A password typed while locked cannot be sealed: the account is saved, the stored password kept.
    const { id, settings } = settingsOfView(first);
    const saved = await run.accounts.save({
      id,
      settings: { ...settings, emailAddress: 'new@contoso.com' },
      password: 'typed',
    });
    expect(english(saved.ok ? saved.value.notice : undefined)).toMatch(/the passwords on this stick are locked/);
    expect(storedDocument().accounts.map((account) => account.secret?.cipherText)).toEqual(sealed);

    expect(await run.portable.unlock(PASSPHRASE, false)).toMatchObject({ ok: true });
    expect(run.accounts.list().map((account) => [account.passwordLocked, account.passwordNeedsReentry])).toEqual([
      [undefined, false],
      [undefined, false],
    ]);
    await expectPasswords(run.accounts, ids);
  });

  it('refuses a wrong passphrase with a clear error and changes nothing', async () => {
    const ids = await preparedStick();
    const before = filesOnStick();
    const run = await start();
    expect(inEnglish(await run.portable.unlock('wrong horse battery staple', true))).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: 'The passphrase is wrong. Nothing was changed.' },
    });
    expect(filesOnStick()).toEqual(before);
    expect(existsSync(path.join(profile, REMEMBERED_KEY_FILE))).toBe(false);
    await expect(run.portable.status()).resolves.toEqual({ portable: true, state: 'locked' });
    expect(await run.portable.unlock(PASSPHRASE, false)).toMatchObject({ ok: true });
    await expectPasswords(run.accounts, ids);
  });

  it('takes unicode passphrases in either normal form, and long ones up to the limit with a clear message beyond', async () => {
    const composed = 'Grüße aus Köln – Kennwort 🔑 ñandú';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const ids = await preparedStick(decomposed);
    const run = await start();
    expect(await run.portable.unlock(composed, false)).toMatchObject({ ok: true });
    await expectPasswords(run.accounts, ids);

    const longest = 'ä'.repeat(PASSPHRASE_MAX_LENGTH);
    expect(await run.portable.change(decomposed, longest)).toMatchObject({ ok: true });
    const before = filesOnStick();
    const tooLong = `${longest}x`;
    for (const reply of [
      await run.portable.change(longest, tooLong),
      await (await start()).portable.unlock(tooLong, false),
    ]) {
      expect(inEnglish(reply)).toEqual({
        ok: false,
        error: { code: 'VALIDATION', message: `The passphrase is longer than ${PASSPHRASE_MAX_LENGTH} characters.` },
      });
    }
    expect(filesOnStick()).toEqual(before);
    // Counted as scrypt sees it (NFC): 1,024 "ä" typed as 2,048 code points are still within the limit.
    const again = await start();
    expect(await again.portable.unlock(longest.normalize('NFD'), false)).toMatchObject({ ok: true });
    await expectPasswords(again.accounts, ids);
  });

  it('derives with the scrypt cost the file records: a stick made with a higher cost still opens', async () => {
    const first = await start({ cost: { N: 2 ** 16, r: 8, p: 1 } });
    expect(await first.portable.setPassphrase(PASSPHRASE, false)).toMatchObject({ ok: true });
    const saved = await first.accounts.save({ settings: accountSettings(0), password: 'secret-0' });
    expect(readKeyringFile().key.N).toBe(2 ** 16);
    // This version makes cheaper keys, yet opens the file with the cost it records.
    const run = await start({ cost: CHEAP_SCRYPT });
    expect(await run.portable.unlock(PASSPHRASE, false)).toMatchObject({ ok: true });
    await expectPasswords(run.accounts, [saved.ok ? saved.value.account.id : '']);
  });

  describe('a key file that cannot be used', () => {
    const cases: [string, (keyring: Keyring) => string, RegExp][] = [
      ['not JSON', (keyring) => JSON.stringify(keyring).slice(0, 40), /it is damaged \(not JSON\)/],
      [
        'an altered field',
        (keyring) => JSON.stringify({ ...keyring, key: { ...keyring.key, r: 9 } }),
        /not a key file/,
      ],
      [
        'a cost beyond the bounds',
        (keyring) => JSON.stringify({ ...keyring, key: { ...keyring.key, N: 2 ** 20 } }),
        /not a key file/,
      ],
      [
        'a newer version',
        (keyring) => JSON.stringify({ ...keyring, version: 2 }),
        /newer version of Mailbox Connect \(version 2\)/,
      ],
    ];
    it.each(cases)('(%s) is a clear error, and nothing is overwritten', async (_name, damage, problem) => {
      await preparedStick();
      writeFileSync(keyringPath(data), damage(readKeyringFile()));
      const before = filesOnStick();
      const run = await start();
      const status = statusInEnglish(await run.portable.status());
      expect(status).toEqual({ portable: true, state: 'damaged', problem: expect.stringMatching(problem) });
      expect(status.portable && status.state === 'damaged' && status.problem).toContain(keyringPath(data));
      for (const reply of [
        await run.portable.setPassphrase(NEW_PASSPHRASE, false),
        await run.portable.unlock(PASSPHRASE, false),
        await run.portable.change(PASSPHRASE, NEW_PASSPHRASE),
      ]) {
        expect(inEnglish(reply)).toMatchObject({
          ok: false,
          error: { code: 'INVALID_FILE', message: expect.stringMatching(problem) },
        });
      }
      expect(filesOnStick()).toEqual(before);
      expect(run.accounts.list().every((account) => account.passwordLocked)).toBe(true);
    });
  });

  describe('changing the passphrase', () => {
    it('re-seals every password in one write of the accounts file; the old passphrase no longer opens', async () => {
      const ids = await preparedStick();
      const oldCipherTexts = storedDocument().accounts.map((account) => account.secret?.cipherText);
      const writes = { count: 0 };
      const run = await start({ countWrites: writes });
      await expect(run.portable.change('wrong horse battery staple', NEW_PASSPHRASE)).resolves.toMatchObject({
        ok: false,
        error: { code: 'WRONG_PASSPHRASE' },
      });
      expect(await run.portable.change(PASSPHRASE, 'short')).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
      expect(writes.count).toBe(0);
      await expect(run.portable.change(PASSPHRASE, NEW_PASSPHRASE)).resolves.toEqual({
        ok: true,
        value: { status: { portable: true, state: 'unlocked', remembered: false } },
      });
      expect(writes.count).toBe(1);
      const keyring = readKeyringFile();
      expect(keyring.next).toBeUndefined();
      const stored = storedDocument().accounts.map((account) => account.secret?.cipherText ?? '');
      expect(stored.some((cipherText) => oldCipherTexts.includes(cipherText))).toBe(false);
      expect(stored.map((cipherText) => keyIdOfCipherText(Buffer.from(cipherText, 'base64')))).toEqual([
        keyIdOf(keyring.key),
        keyIdOf(keyring.key),
      ]);
      // The running app goes on with the new key.
      await expectPasswords(run.accounts, ids);

      const next = await start();
      await expect(next.portable.unlock(PASSPHRASE, false)).resolves.toMatchObject({
        error: { code: 'WRONG_PASSPHRASE' },
      });
      expect(await next.portable.unlock(NEW_PASSPHRASE, false)).toMatchObject({ ok: true });
      await expectPasswords(next.accounts, ids);
    });

    it('loses nothing when the accounts file cannot be written: the old passphrase still applies', async () => {
      const ids = await preparedStick();
      const before = filesOnStick();
      const writes = {
        count: 0,
        fail: Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }),
      };
      const run = await start({ countWrites: writes });
      const reply = await run.portable.change(PASSPHRASE, NEW_PASSPHRASE);
      expect(inEnglish(reply)).toMatchObject({
        ok: false,
        error: {
          code: 'STORAGE',
          message: expect.stringMatching(
            /^The passphrase was not changed: .*ENOSPC.*The old passphrase still applies\.$/,
          ),
        },
      });
      expect(writes.count).toBe(1);
      expect(filesOnStick()).toEqual(before);
      const next = await start();
      await expect(next.portable.unlock(NEW_PASSPHRASE, false)).resolves.toMatchObject({
        error: { code: 'WRONG_PASSPHRASE' },
      });
      expect(await next.portable.unlock(PASSPHRASE, false)).toMatchObject({ ok: true });
      await expectPasswords(next.accounts, ids);
    });

    it('settles a change cut off between its writes on the key the passwords name', async () => {
      const ids = await preparedStick();
      const oldKeyring = readKeyringFile();
      const oldAccounts = readFileSync(accountsFilePath(data), 'utf8');
      expect(await (await start()).portable.change(PASSPHRASE, NEW_PASSPHRASE)).toMatchObject({ ok: true });
      const newKeyring = readKeyringFile();
      const interrupted: Keyring = { ...oldKeyring, next: newKeyring.key };

      // Cut off after the passwords were re-sealed, before the key file was finished: the new passphrase applies.
      writeFileSync(keyringPath(data), JSON.stringify(interrupted));
      const afterReseal = await start();
      await expect(afterReseal.portable.unlock(PASSPHRASE, false)).resolves.toMatchObject({
        error: { code: 'WRONG_PASSPHRASE' },
      });
      expect(await afterReseal.portable.unlock(NEW_PASSPHRASE, false)).toMatchObject({ ok: true });
      await expectPasswords(afterReseal.accounts, ids);
      expect(readKeyringFile()).toEqual(newKeyring);

      // Cut off before the accounts file was written: the old passphrase applies.
      writeFileSync(keyringPath(data), JSON.stringify(interrupted));
      writeFileSync(accountsFilePath(data), oldAccounts);
      const beforeReseal = await start();
      await expect(beforeReseal.portable.unlock(NEW_PASSPHRASE, false)).resolves.toMatchObject({
        error: { code: 'WRONG_PASSPHRASE' },
      });
      expect(await beforeReseal.portable.unlock(PASSPHRASE, false)).toMatchObject({ ok: true });
      await expectPasswords(beforeReseal.accounts, ids);
      expect(readKeyringFile()).toEqual(oldKeyring);
    });
  });

  describe('remember on this computer', () => {
    it('keeps the key sealed in this machine’s profile, so the next start here unlocks; forgetting removes it', async () => {
      const ids = await preparedStick(PASSPHRASE, true);
      const rememberedFile = path.join(profile, REMEMBERED_KEY_FILE);
      expect(readdirSync(data)).not.toContain(REMEMBERED_KEY_FILE);
      const remembered = readFileSync(rememberedFile, 'utf8');
      expect(remembered).not.toContain(PASSPHRASE);

      const here = await start();
      await expect(here.portable.status()).resolves.toEqual({ portable: true, state: 'unlocked', remembered: true });
      await expectPasswords(here.accounts, ids);
      // Another machine (its own profile, its own safeStorage) is not unlocked by it.
      const elsewhere = await start({}, new ChromiumMachine('customer'), path.join(root, 'customer', 'profile'));
      await expect(elsewhere.portable.status()).resolves.toEqual({ portable: true, state: 'locked' });

      await expect(here.portable.forget()).resolves.toEqual({
        ok: true,
        value: { status: { portable: true, state: 'unlocked', remembered: false } },
      });
      expect(existsSync(rememberedFile)).toBe(false);
      await expectPasswords(here.accounts, ids);
      await expect((await start()).portable.status()).resolves.toEqual({ portable: true, state: 'locked' });
    });

    it('follows a change of passphrase made here', async () => {
      const ids = await preparedStick(PASSPHRASE, true);
      expect(await (await start()).portable.change(PASSPHRASE, NEW_PASSPHRASE)).toMatchObject({
        ok: true,
        value: { status: { state: 'unlocked', remembered: true } },
      });
      const next = await start();
      await expect(next.portable.status()).resolves.toEqual({ portable: true, state: 'unlocked', remembered: true });
      await expectPasswords(next.accounts, ids);
    });

    it('ignores and removes a remembered key that no longer matches the key file', async () => {
      const ids = await preparedStick(PASSPHRASE, true);
      const rememberedFile = path.join(profile, REMEMBERED_KEY_FILE);
      const stale = readFileSync(rememberedFile, 'utf8');
      // The passphrase was changed on the customer's machine: this machine's remembered key is the old one.
      const customer = await start({}, new ChromiumMachine('customer'), path.join(root, 'customer', 'profile'));
      expect(await customer.portable.change(PASSPHRASE, NEW_PASSPHRASE)).toMatchObject({ ok: true });
      const back = await start();
      await expect(back.portable.status()).resolves.toEqual({ portable: true, state: 'locked' });
      expect(existsSync(rememberedFile)).toBe(false);
      expect(back.accounts.list().every((account) => account.passwordLocked && !account.passwordNeedsReentry)).toBe(
        true,
      );

      // The same for a file that names the current key but holds another (edited, or damaged).
      expect(await back.portable.unlock(NEW_PASSPHRASE, true)).toMatchObject({ ok: true });
      const current = JSON.parse(readFileSync(rememberedFile, 'utf8')) as { keyId: string };
      writeFileSync(rememberedFile, JSON.stringify({ ...JSON.parse(stale), keyId: current.keyId }));
      await expect((await start()).portable.status()).resolves.toEqual({ portable: true, state: 'locked' });
      expect(existsSync(rememberedFile)).toBe(false);
      const unlocked = await start();
      expect(await unlocked.portable.unlock(NEW_PASSPHRASE, false)).toMatchObject({ ok: true });
      await expectPasswords(unlocked.accounts, ids);
    });
  });

  it('treats a cipher text from another stick, or relabelled to this stick’s key, as "enter again" for its account only', async () => {
    const ids = await preparedStick();
    // Another stick, another passphrase: its cipher text names another key.
    const otherData = path.join(root, 'other', 'data');
    mkdirSync(otherData, { recursive: true });
    const other = await startPortableRun(
      otherData,
      path.join(root, 'other', 'profile'),
      machine.start(path.join(root, 'other', 'profile')),
      { cost: CHEAP_SCRYPT },
    );
    await other.portable.setPassphrase(NEW_PASSPHRASE, false);
    await other.accounts.save({ settings: accountSettings(0), password: 'foreign' });
    const foreign = (JSON.parse(readFileSync(accountsFilePath(otherData), 'utf8')) as StoredDocument).accounts[0]
      ?.secret;
    const document = storedDocument();
    const [first, second] = document.accounts;
    if (!first?.secret || !second?.secret || !foreign) throw new Error('no secrets');
    first.secret = { ...foreign };
    // The header names this stick's key, but the text was sealed under the other key: it does not open.
    const relabelled = Buffer.from(foreign.cipherText, 'base64');
    Buffer.from(keyIdOf(readKeyringFile().key), 'hex').copy(relabelled, 4);
    second.secret = { ...second.secret, cipherText: relabelled.toString('base64') };
    writeFileSync(accountsFilePath(data), JSON.stringify({ ...document, accounts: [first, second] }));

    const run = await start();
    expect(await run.portable.unlock(PASSPHRASE, false)).toMatchObject({ ok: true });
    for (const id of ids) {
      const account = run.accounts.get(id);
      if (!account.ok) throw new Error('account gone');
      await expect(run.accounts.passwordFor(id, account.value)).resolves.toEqual({
        ok: false,
        reason: 'undecryptable',
      });
    }
    expect(run.accounts.list().map((account) => account.passwordNeedsReentry)).toEqual([true, true]);
  });

  it('seals the passwords an earlier version sealed with this machine’s safeStorage with the new key', async () => {
    // A stick of an earlier version, on the machine that sealed its passwords.
    const earlier = new AccountsService(openAccountsFile(data), new SecretsService(machine.start(profile)));
    const saved = await earlier.save({ settings: accountSettings(0), password: 'secret-0' });
    const run = await start();
    expect(await run.portable.setPassphrase(PASSPHRASE, false)).toMatchObject({ ok: true });
    const [account] = storedDocument().accounts;
    expect(keyIdOfCipherText(Buffer.from(account?.secret?.cipherText ?? '', 'base64'))).toBe(
      keyIdOf(readKeyringFile().key),
    );
    // So it opens on the customer's machine too.
    const customer = await start({}, new ChromiumMachine('customer'), path.join(root, 'customer', 'profile'));
    expect(await customer.portable.unlock(PASSPHRASE, false)).toMatchObject({ ok: true });
    await expectPasswords(customer.accounts, [saved.ok ? saved.value.account.id : '']);
  });
});
