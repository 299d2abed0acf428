import { createHmac, hkdfSync, scryptSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { accountsFilePath } from '../../src/core/accounts/accounts-file';
import { canonicalJson } from '../../src/core/transfer/canonical-json';
import { english, replyInEnglish } from '../support/report-text';
import { createTestServices } from '../support/test-services';

const directories: string[] = [];
function services() {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-transfer-auth-'));
  directories.push(directory);
  return { ...createTestServices(directory), directory };
}
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

const PASSPHRASE = 'four quiet orange harbours';
const ALTERED = /^The file was changed after it was exported \(or is damaged\)/;

const invoices = {
  server: 'mail.contoso.local',
  port: 993,
  encryption: 'ssl' as const,
  validateSsl: true,
  connectionName: 'Invoices',
  emailAddress: 'invoices@contoso.com',
  userName: 'CONTOSO\\scanner',
  sharedMailboxAlias: 'invoices',
};
const credits = {
  server: 'exchange.contoso.local',
  port: 993,
  encryption: 'tls',
  validateSsl: true,
  connectionName: 'Credit memos',
  emailAddress: 'credits@contoso.com',
  userName: 'credits@contoso.com',
};
const noPassword = {
  server: 'imap.contoso.local',
  port: 143,
  encryption: 'starttls',
  validateSsl: true,
  connectionName: 'No password',
  emailAddress: 'np@contoso.com',
  userName: 'np',
};

async function save(target: ReturnType<typeof services>, settings: Record<string, unknown>, password?: string) {
  const saved = await target.accounts.save({ settings, ...(password ? { password } : {}) });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  return saved.value.account;
}

/** An export with a passphrase: two accounts with password, one without. */
async function sealedExport() {
  const source = services();
  await save(source, invoices, 'Invoices-Canary-1111');
  await save(source, credits, 'Credits-Canary-2222');
  await save(source, noPassword);
  const exported = await source.transfer.exportText(undefined, PASSPHRASE);
  expect(exported).toMatchObject({ accounts: 3, passwords: 2 });
  return exported.text;
}

/** A target with an account of its own, and the accounts file as it is on disk before any import. */
async function targetWithAccount() {
  const target = services();
  await save(
    target,
    { ...invoices, connectionName: 'Keep me', server: 'keep.contoso.local', sharedMailboxAlias: '' },
    'Keep-Canary-3333',
  );
  return { target, before: readFileSync(accountsFilePath(target.directory), 'utf8') };
}

/**
 * The document MAC as the file format specifies it (scrypt, then HKDF-SHA256 to a MAC key, HMAC
 * over the canonical JSON without "mac"), written out here independently of the app's code: an
 * attacker who knew the passphrase could do this, so it isolates the per-password binding.
 */
function remac(document: Record<string, unknown>, passphrase: string): void {
  const { N, r, p, salt } = document.encryption as { N: number; r: number; p: number; salt: string };
  const saltBytes = Buffer.from(salt, 'base64');
  const secret = scryptSync(passphrase.normalize('NFC'), saltBytes, 32, { N, r, p, maxmem: 256 * N * r + 1024 ** 2 });
  const key = Buffer.from(hkdfSync('sha256', secret, saltBytes, 'mailbox-connect-accounts v2 document mac key', 32));
  const { mac: _mac, ...rest } = document;
  document.mac = createHmac('sha256', key).update(canonicalJson(rest)).digest('base64');
}

type Document = {
  accounts: Record<string, unknown>[];
  [key: string]: unknown;
};

describe('an export file with passwords cannot be altered without the passphrase', () => {
  const tampers: [string, (document: Document) => void][] = [
    [
      'the server of an account with password',
      (d) => void ((d.accounts[0] as Record<string, unknown>).server = 'evil.example'),
    ],
    [
      'the encryption of an account with password set to No TLS',
      (d) => Object.assign(d.accounts[1] as object, { encryption: 'notls', port: 143, insecureAcknowledged: true }),
    ],
    [
      'a sealed password moved to another entry',
      (d) => {
        const [first, second] = d.accounts as [Record<string, unknown>, Record<string, unknown>];
        [first.password, second.password] = [second.password, first.password];
      },
    ],
    [
      'the server of an account without password',
      (d) => void ((d.accounts[2] as Record<string, unknown>).server = 'evil.example'),
    ],
    [
      'a field outside the destination (success folder)',
      (d) => void ((d.accounts[2] as Record<string, unknown>).successFolder = 'Elsewhere'),
    ],
    ['an account removed', (d) => void d.accounts.splice(2, 1)],
    ['the export date', (d) => void (d.exportedAt = '2020-01-01T00:00:00.000Z')],
  ];

  it.each(tampers)(
    '%s: refused as a whole, nothing imported, the accounts file byte-identical',
    async (_name, tamper) => {
      const document = JSON.parse(await sealedExport()) as Document;
      tamper(document);
      const text = JSON.stringify(document, undefined, 2);
      const { target, before } = await targetWithAccount();
      for (const existing of ['replace', 'keep'] as const) {
        const plan = await target.transfer.plan({ text, passphrase: PASSPHRASE, existing });
        expect(replyInEnglish(plan)).toMatchObject({
          ok: false,
          error: { code: 'INVALID_FILE', message: expect.stringMatching(ALTERED) },
        });
        const applied = await target.transfer.apply({ text, passphrase: PASSPHRASE, existing });
        expect(replyInEnglish(applied)).toMatchObject({
          ok: false,
          error: { code: 'INVALID_FILE', message: expect.stringMatching(ALTERED) },
        });
      }
      expect(readFileSync(accountsFilePath(target.directory), 'utf8')).toBe(before);
      expect(target.accounts.list().map((account) => account.connectionName)).toEqual(['Keep me']);
    },
  );

  it('the untouched file, reformatted by an editor, still imports with its passwords', async () => {
    const text = await sealedExport();
    // Another key order and no indentation: the MAC is over the canonical JSON, not the bytes.
    const document = JSON.parse(text) as Document;
    const reordered = Object.fromEntries(Object.entries(document).reverse());
    const { target } = await targetWithAccount();
    const applied = await target.transfer.apply({
      text: JSON.stringify(reordered),
      passphrase: PASSPHRASE,
      existing: 'replace',
    });
    expect(applied).toMatchObject({ ok: true, value: { added: 3, passwordsStored: 2 } });
    const stored = target.accounts.list().find((account) => account.connectionName === 'Credit memos');
    expect(await target.accounts.passwordFor(stored?.id ?? '', stored as never)).toEqual({
      ok: true,
      password: 'Credits-Canary-2222',
    });
  });

  it('each password is bound to its entry: moved, it does not open even under a valid document MAC', async () => {
    const text = await sealedExport();
    const { target, before } = await targetWithAccount();
    // Control: the test's MAC is the format's MAC, so an edit outside any password's settings passes.
    const control = JSON.parse(text) as Document;
    (control.accounts[0] as Record<string, unknown>).emailAddress = 'changed@contoso.com';
    remac(control, PASSPHRASE);
    expect(
      await target.transfer.plan({ text: JSON.stringify(control), passphrase: PASSPHRASE, existing: 'replace' }),
    ).toMatchObject({
      ok: true,
    });

    const swapped = JSON.parse(text) as Document;
    const [first, second] = swapped.accounts as [Record<string, unknown>, Record<string, unknown>];
    [first.password, second.password] = [second.password, first.password];
    remac(swapped, PASSPHRASE);
    const moved = await target.transfer.apply({
      text: JSON.stringify(swapped),
      passphrase: PASSPHRASE,
      existing: 'replace',
    });
    expect(replyInEnglish(moved)).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_FILE',
        message: expect.stringMatching(ALTERED),
        problems: [
          expect.stringMatching(/account 1 cannot be decrypted/),
          expect.stringMatching(/account 2 cannot be decrypted/),
        ],
      },
    });
    const redirected = JSON.parse(text) as Document;
    (redirected.accounts[0] as Record<string, unknown>).server = 'evil.example';
    remac(redirected, PASSPHRASE);
    expect(
      replyInEnglish(
        await target.transfer.apply({ text: JSON.stringify(redirected), passphrase: PASSPHRASE, existing: 'replace' }),
      ),
    ).toMatchObject({ ok: false, error: { problems: [expect.stringMatching(/account 1 cannot be decrypted/)] } });
    expect(readFileSync(accountsFilePath(target.directory), 'utf8')).toBe(before);
  });

  it('tells a wrong passphrase from an alteration by the check value, and refuses a file without its MAC', async () => {
    const text = await sealedExport();
    const { target, before } = await targetWithAccount();
    const tampered = JSON.parse(text) as Document;
    (tampered.accounts[0] as Record<string, unknown>).server = 'evil.example';
    expect(
      await target.transfer.apply({
        text: JSON.stringify(tampered),
        passphrase: 'not the passphrase',
        existing: 'replace',
      }),
    ).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    const withoutMac = JSON.parse(text) as Document;
    delete withoutMac.mac;
    expect(
      replyInEnglish(
        await target.transfer.apply({ text: JSON.stringify(withoutMac), passphrase: PASSPHRASE, existing: 'replace' }),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_FILE', problems: [expect.stringMatching(/no authentication code \(mac\)/)] },
    });
    expect(JSON.parse(text)).toMatchObject({
      version: 2,
      encryption: {
        kdf: 'scrypt',
        N: 2 ** 15,
        r: 8,
        p: 1,
        keys: 'hkdf-sha256',
        cipher: 'aes-256-gcm',
        mac: 'hmac-sha256',
      },
      mac: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/),
    });
    expect(readFileSync(accountsFilePath(target.directory), 'utf8')).toBe(before);
  });

  it('a version 1 file brings its settings only: its passwords cannot be authenticated and are not read', async () => {
    const v1 = JSON.parse(await sealedExport()) as Document;
    // The shape version 1 wrote: no MAC, no HKDF or MAC in the key information.
    v1.version = 1;
    delete v1.mac;
    const { keys: _k, mac: _m, ...encryption } = v1.encryption as Record<string, unknown>;
    v1.encryption = encryption;
    const target = services();
    const text = JSON.stringify(v1);
    const plan = await target.transfer.plan({ text, existing: 'replace' });
    expect(plan.ok).toBe(true);
    expect(plan.ok && english(plan.value.passwordsIgnored)).toMatch(/^the file comes from an older version/);
    expect(plan.ok && plan.value.entries.map((entry) => entry.withPassword)).toEqual([false, false, false]);
    const applied = await target.transfer.apply({ text, passphrase: PASSPHRASE, existing: 'replace' });
    expect(applied).toMatchObject({ ok: true, value: { added: 3, passwordsStored: 0 } });
    expect(target.accounts.list().map((account) => account.hasPassword)).toEqual([false, false, false]);
  });
});

describe('import never keeps a stored password across a change of where it goes', () => {
  /** A target whose "Invoices" has a stored password, and a file (no passphrase) that changes it. */
  async function replacing(change: Record<string, unknown>) {
    const target = services();
    const stored = await save(target, invoices, 'Invoices-Canary-1111');
    const source = services();
    await save(source, { ...invoices, ...change });
    const { text } = await source.transfer.exportText(undefined, undefined);
    return { target, stored, text };
  }

  it('a replace with another server withholds the stored password, and the plan lists old → new', async () => {
    const { target, stored, text } = await replacing({ server: 'mail.fabrikam.local', port: 995 });
    const plan = await target.transfer.plan({ text, existing: 'replace' });
    expect(plan.ok && plan.value.entries).toEqual([
      expect.objectContaining({
        action: 'replace',
        storedPasswordWithheld: true,
        differences: [
          { field: 'server', from: 'mail.contoso.local', to: 'mail.fabrikam.local' },
          { field: 'port', from: 993, to: 995 },
        ],
      }),
    ]);
    const applied = await target.transfer.apply({ text, existing: 'replace' });
    expect(applied).toMatchObject({ ok: true, value: { replaced: 1, passwordsWithheld: ['Invoices'] } });
    const account = target.accounts.list()[0];
    // Dropped, not merely withheld: the old destination's sealed password is gone from the file.
    expect(account).toMatchObject({ id: stored.id, server: 'mail.fabrikam.local', hasPassword: false });
    expect(await target.accounts.passwordFor(stored.id, account as never)).toMatchObject({ ok: false });
    // Nor does it leave by an export for the new server.
    const exported = await target.transfer.exportText(undefined, PASSPHRASE);
    expect(exported).toMatchObject({ passwords: 0, withoutPassword: ['Invoices'] });
  });

  it.each([
    [
      'user name',
      { userName: 'CONTOSO\\other' },
      [{ field: 'userName', from: 'CONTOSO\\scanner', to: 'CONTOSO\\other' }],
    ],
    ['shared alias', { sharedMailboxAlias: '' }, [{ field: 'sharedMailboxAlias', from: 'invoices', to: null }]],
    [
      'encryption',
      { encryption: 'starttls', port: 143 },
      [
        { field: 'port', from: 993, to: 143 },
        { field: 'encryption', from: 'ssl', to: 'starttls' },
      ],
    ],
    ['Validate SSL', { validateSsl: false }, [{ field: 'validateSsl', from: true, to: false }]],
    [
      'a pinned fingerprint',
      { trustedFingerprint: `${'CD:'.repeat(31)}CD` },
      [{ field: 'trustedFingerprint', from: null, to: `${'CD:'.repeat(31)}CD` }],
    ],
  ])('%s changed: withheld, with the difference in the plan', async (_name, change, differences) => {
    const { target, stored, text } = await replacing(change);
    const plan = await target.transfer.plan({ text, existing: 'replace' });
    expect(plan.ok && plan.value.entries[0]).toMatchObject({ storedPasswordWithheld: true, differences });
    await target.transfer.apply({ text, existing: 'replace' });
    const account = target.accounts.list()[0];
    expect(await target.accounts.passwordFor(stored.id, account as never)).toMatchObject({ ok: false });
  });

  it('a change elsewhere (a folder) keeps the stored password usable, and says what changes', async () => {
    const { target, stored, text } = await replacing({ successFolder: 'Done' });
    const plan = await target.transfer.plan({ text, existing: 'replace' });
    expect(plan.ok && plan.value.entries[0]).toMatchObject({
      action: 'replace',
      storedPasswordWithheld: false,
      differences: [{ field: 'successFolder', from: 'SuccessProcessing', to: 'Done' }],
    });
    await target.transfer.apply({ text, existing: 'replace' });
    const account = target.accounts.list()[0];
    expect(await target.accounts.passwordFor(stored.id, account as never)).toEqual({
      ok: true,
      password: 'Invoices-Canary-1111',
    });
  });

  it('a new or changed pin or CA file is flagged for review; the same one again is not', async () => {
    const pin = `${'AB:'.repeat(31)}AB`;
    const { target, text } = await replacing({ trustedFingerprint: pin });
    const plan = await target.transfer.plan({ text, existing: 'replace' });
    expect(plan.ok && plan.value.entries[0]?.review).toEqual(['trustedFingerprint']);
    await target.transfer.apply({ text, existing: 'replace' });
    expect(target.accounts.list()[0]).toMatchObject({ reviewFlags: ['trustedFingerprint'] });
    // Not yet reviewed, the flag stays when the same pin comes again with another change.
    const source = services();
    await save(source, { ...invoices, trustedFingerprint: pin, successFolder: 'Done' });
    const samePin = (await source.transfer.exportText(undefined, undefined)).text;
    const pending = await target.transfer.plan({ text: samePin, existing: 'replace' });
    expect(pending.ok && pending.value.entries[0]).toMatchObject({ action: 'replace', review: ['trustedFingerprint'] });
    // Reviewed (saved), the same pin is nothing new.
    const id = target.accounts.list()[0]?.id as string;
    await target.accounts.save({ id, settings: { ...invoices, trustedFingerprint: pin } });
    const reviewed = await target.transfer.plan({ text: samePin, existing: 'replace' });
    expect(reviewed.ok && reviewed.value.entries[0]).toMatchObject({ action: 'replace', review: [] });

    // The test CA the global setup wrote for this run (vitest.config.ts): any PEM certificate does.
    const ca = readFileSync(process.env.NODE_EXTRA_CA_CERTS as string, 'utf8');
    const caSource = services();
    await save(caSource, { ...invoices, trustedFingerprint: pin, caCertificatePem: ca });
    const withCa = (await caSource.transfer.exportText(undefined, undefined)).text;
    const caPlan = await target.transfer.plan({ text: withCa, existing: 'replace' });
    expect(caPlan.ok && caPlan.value.entries[0]).toMatchObject({
      review: ['caCertificate'],
      // The pin's import above already dropped the stored password: nothing left to withhold.
      storedPasswordWithheld: false,
      differences: [{ field: 'caCertificatePem', from: null, to: expect.stringMatching(/\(SHA-256 [0-9a-f]{16}…\)$/) }],
    });
  });

  it('a replace that brings its own password stores it for the new settings', async () => {
    const target = services();
    const stored = await save(target, invoices, 'Old-Canary-0000');
    const source = services();
    await save(source, { ...invoices, server: 'mail.fabrikam.local' }, 'New-Canary-9999');
    const { text } = await source.transfer.exportText(undefined, PASSPHRASE);
    const plan = await target.transfer.plan({ text, passphrase: PASSPHRASE, existing: 'replace' });
    expect(plan.ok && plan.value.entries[0]).toMatchObject({ withPassword: true, storedPasswordWithheld: false });
    await target.transfer.apply({ text, passphrase: PASSPHRASE, existing: 'replace' });
    const account = target.accounts.list()[0];
    expect(await target.accounts.passwordFor(stored.id, account as never)).toEqual({
      ok: true,
      password: 'New-Canary-9999',
    });
  });
});
