import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountsService } from '../../src/core/accounts/accounts-service';
import { openAccountsFile } from '../../src/core/accounts/accounts-file';
import { bindingOf, SecretsService, type StoredSecret } from '../../src/core/secrets';
import { effectiveLogin, newAccountDefaults, type AccountSettingsInput } from '../../src/shared/account';
import { createAesTestCipher } from '../support/aes-test-cipher';
import { accountsFileText } from '../support/stored-accounts';
import { english } from '../support/report-text';

type Cipher = ReturnType<typeof createAesTestCipher>;
interface OnDisk {
  schemaVersion: number;
  accounts: (Record<string, unknown> & { id: string; connectionName: string; secret?: StoredSecret })[];
}

const PASSWORDS = { A: 'Password-of-A-1f', B: 'Password-of-B-2e', C: 'Password-of-C-3d' } as const;
type Name = keyof typeof PASSWORDS;

function settingsFor(name: Name): AccountSettingsInput & { port: number; validateSsl: boolean } {
  return {
    ...newAccountDefaults(),
    server: `mail-${name.toLowerCase()}.contoso.local`,
    port: 993,
    encryption: 'tls',
    validateSsl: true,
    connectionName: `Account ${name}`,
    emailAddress: `${name.toLowerCase()}@contoso.com`,
    userName: `CONTOSO\\${name.toLowerCase()}`,
  };
}

/** Format 1's binding: a plain SHA-256 of four settings, which anyone can recompute. */
function formatOneBinding(settings: { server: string; port: number; userName: string; encryption: string }): string {
  const key = JSON.stringify([
    settings.server.toLowerCase(),
    settings.port,
    effectiveLogin(settings),
    settings.encryption,
  ]);
  return createHash('sha256').update(key).digest('hex');
}

describe('the accounts file edited by someone who can write it (real AES cipher, conf on disk)', () => {
  let directory: string;
  let file: string;
  let cipher: Cipher;
  const ids = {} as Record<Name, string>;

  beforeEach(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-tamper-'));
    file = path.join(directory, 'accounts.json');
    cipher = createAesTestCipher();
    const service = open();
    for (const name of ['A', 'B', 'C'] as const) {
      const saved = await service.save({ settings: settingsFor(name), password: PASSWORDS[name] });
      if (!saved.ok) throw new Error(english(saved.error.message));
      ids[name] = saved.value.account.id;
    }
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const open = () => new AccountsService(openAccountsFile(directory), new SecretsService(cipher));
  const read = () => JSON.parse(readFileSync(file, 'utf8')) as OnDisk;
  const write = (document: OnDisk) => writeFileSync(file, accountsFileText(document));
  const entry = (document: OnDisk, name: Name) => {
    const found = document.accounts.find((account) => account.id === ids[name]);
    if (!found?.secret) throw new Error(`${name} has no secret on disk`);
    return found as typeof found & { secret: StoredSecret };
  };
  /** The password for the settings as the file now has them: what Test all and export would use. */
  const lookup = async (service: AccountsService, name: Name) => {
    const account = service.stored().find((candidate) => candidate.id === ids[name]);
    if (!account) throw new Error(`${name} is gone`);
    return service.passwordFor(account.id, account);
  };
  const expectUsable = async (service: AccountsService, ...names: Name[]) => {
    for (const name of names)
      await expect(lookup(service, name), name).resolves.toEqual({ ok: true, password: PASSWORDS[name] });
  };

  it('opens every password when nobody touched the file', async () => {
    await expectUsable(open(), 'A', 'B', 'C');
  });

  it('withholds a password whose account now points at another server, even with the clear hint recomputed', async () => {
    const document = read();
    const a = entry(document, 'A');
    a.server = 'evil.example.net';
    a.secret.binding = bindingOf({ ...settingsFor('A'), server: 'evil.example.net' });
    write(document);

    const service = open();
    await expect(lookup(service, 'A')).resolves.toEqual({ ok: false, reason: 'binding-changed' });
    await expectUsable(service, 'B', 'C');
    // The forged hint fooled nothing: once opened, the list says what was sealed.
    expect(service.get(ids.A)).toMatchObject({ value: { hasPassword: true, passwordNeedsReentry: true } });
    expect(service.get(ids.B)).toMatchObject({ value: { passwordNeedsReentry: false } });
  });

  it('withholds both passwords when two accounts’ cipher texts are swapped, and no other', async () => {
    const document = read();
    const a = entry(document, 'A');
    const b = entry(document, 'B');
    [a.secret, b.secret] = [b.secret, a.secret];
    // Each now carries settings its swapped-in hint does not describe: make those match too.
    a.secret = { ...a.secret, binding: bindingOf(settingsFor('A')) };
    b.secret = { ...b.secret, binding: bindingOf(settingsFor('B')) };
    write(document);

    const service = open();
    await expect(lookup(service, 'A')).resolves.toEqual({ ok: false, reason: 'binding-changed' });
    await expect(lookup(service, 'B')).resolves.toEqual({ ok: false, reason: 'binding-changed' });
    await expectUsable(service, 'C');
    expect(service.list().map((account) => account.passwordNeedsReentry)).toEqual([true, true, false]);
  });

  it('withholds a password copied into another account whose settings were made to match', async () => {
    const document = read();
    const b = entry(document, 'B');
    // B takes A's destination and A's sealed blob: everything in the file agrees, except what was sealed.
    Object.assign(b, { server: settingsFor('A').server, userName: settingsFor('A').userName });
    b.secret = { ...entry(document, 'A').secret };
    write(document);

    const service = open();
    await expect(lookup(service, 'B')).resolves.toEqual({ ok: false, reason: 'binding-changed' });
    await expectUsable(service, 'A', 'C');
  });

  it('never uses a password stored in format 1 (hash beside it), even one whose hash matches', async () => {
    const document = read();
    const a = entry(document, 'A');
    // What the previous version wrote: the bare password sealed alone, a recomputable hash beside it.
    a.secret = {
      cipherText: (await cipher.encrypt(PASSWORDS.A)).toString('base64'),
      binding: formatOneBinding(settingsFor('A')),
    };
    write(document);

    const service = open();
    expect(service.get(ids.A)).toMatchObject({ value: { hasPassword: true, passwordNeedsReentry: true } });
    await expect(lookup(service, 'A')).resolves.toEqual({ ok: false, reason: 'outdated-format' });
    await expectUsable(service, 'B', 'C');
    // The account itself is kept (not set aside as damaged), and entering the password again heals it.
    expect(readdirSync(directory)).toEqual(['accounts.json']);
    const reentered = await service.save({ id: ids.A, settings: settingsFor('A'), password: PASSWORDS.A });
    expect(reentered.ok && reentered.value.account.passwordNeedsReentry).toBe(false);
    await expectUsable(open(), 'A');
  });

  it('shows a format 1 password as "enter again" even with a hint that matches the current settings', async () => {
    const document = read();
    const a = entry(document, 'A');
    a.secret = {
      cipherText: (await cipher.encrypt(PASSWORDS.A)).toString('base64'),
      binding: bindingOf(settingsFor('A')),
    };
    write(document);
    const service = open();
    expect(service.list().map((account) => account.passwordNeedsReentry)).toEqual([true, false, false]);
    await expect(lookup(service, 'A')).resolves.toEqual({ ok: false, reason: 'outdated-format' });
  });

  it('never reads a format 1 cipher text as a sealed payload, even when marked format 2 and shaped like one', async () => {
    const document = read();
    const a = entry(document, 'A');
    const evil = { ...settingsFor('A'), server: 'evil.example.net' };
    // A password the old version sealed alone could be anything, including JSON that looks like a payload.
    const lookalike = JSON.stringify({ v: 2, accountId: ids.A, binding: bindingOf(evil), password: 'x' });
    Object.assign(a, { server: evil.server });
    a.secret = {
      cipherText: (await cipher.encrypt(lookalike)).toString('base64'),
      binding: bindingOf(evil),
      format: 2,
    };
    write(document);

    const service = open();
    await expect(lookup(service, 'A')).resolves.toEqual({ ok: false, reason: 'undecryptable' });
    await expectUsable(service, 'B', 'C');
  });

  it('keeps the other accounts usable when one cipher text is damaged', async () => {
    const document = read();
    const a = entry(document, 'A');
    const bytes = Buffer.from(a.secret.cipherText, 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0x01;
    a.secret.cipherText = bytes.toString('base64');
    write(document);

    const service = open();
    await expect(lookup(service, 'A')).resolves.toEqual({ ok: false, reason: 'undecryptable' });
    await expectUsable(service, 'B', 'C');
    expect(service.list().map((account) => account.passwordNeedsReentry)).toEqual([true, false, false]);
  });

  it('keeps what was sealed through a key rotation: the resealed blob still names its account and settings', async () => {
    cipher.rotateKey();
    const service = open();
    await expectUsable(service, 'A');
    const resealed = entry(read(), 'A').secret;
    const document = read();
    entry(document, 'B').secret = { ...resealed };
    write(document);
    const reloaded = open();
    await expectUsable(reloaded, 'A', 'C');
    await expect(lookup(reloaded, 'B')).resolves.toEqual({ ok: false, reason: 'binding-changed' });
  });
});
