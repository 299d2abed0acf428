import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TransferService } from '../../src/core/transfer/transfer-service';
import { IMPORT_MAX_BYTES } from '../../src/shared/transfer';
import { accountsFilePath } from '../../src/core/accounts/accounts-file';
import { english } from '../support/report-text';
import { createTestServices } from '../support/test-services';

const directories: string[] = [];
function services() {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-transfer-'));
  directories.push(directory);
  const created = createTestServices(directory);
  return {
    ...created,
    directory,
    transfer: new TransferService(created.accounts, () => new Date('2026-11-26T09:00:00Z'), 'Mailbox Connect test'),
  };
}
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

const PASSWORDS = ['Säntis-Invoice-Canary-4711', 'Plain-Canary-0815', 'Pinned-Canary-2342'];
const PASSPHRASE = 'correct horse battery staple';

async function seeded() {
  const source = services();
  const save = async (settings: Record<string, unknown>, password: string) => {
    const saved = await source.accounts.save({ settings, password });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  };
  await save(
    {
      server: 'mail.contoso.local',
      port: 993,
      encryption: 'ssl',
      validateSsl: true,
      connectionName: 'Invoices – Zürich',
      emailAddress: 'invoices@contoso.com',
      userName: 'CONTOSO\\scanner',
      sharedMailboxAlias: 'invoices',
      successFolder: 'Verarbeitet – Übernommen',
      failedFolder: 'Fehler',
      trustedFingerprint: `${'AB:'.repeat(31)}AB`,
    },
    PASSWORDS[0] as string,
  );
  await save(
    {
      server: '10.0.0.5',
      port: 143,
      encryption: 'none',
      validateSsl: false,
      connectionName: 'Legacy scanner',
      emailAddress: 'scanner@contoso.com',
      userName: 'scanner',
      insecureAcknowledged: true,
    },
    PASSWORDS[1] as string,
  );
  await save(
    {
      server: 'exchange.contoso.local',
      port: 993,
      encryption: 'tls',
      validateSsl: false,
      connectionName: 'Credit memos',
      emailAddress: 'credits@contoso.com',
      userName: 'credits@contoso.com',
    },
    PASSWORDS[2] as string,
  );
  return source;
}

/** What must survive a round trip: everything the user set, nothing of the bookkeeping. */
function settingsOf(source: ReturnType<typeof services>) {
  return source.accounts
    .list()
    .map(
      ({
        id: _i,
        createdAt: _c,
        updatedAt: _u,
        hasPassword: _h,
        passwordNeedsReentry: _p,
        lastTest: _l,
        reviewFlags: _r,
        insecureAcknowledged: _a,
        ...settings
      }) => settings,
    );
}

function encodings(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  return [
    secret,
    bytes.toString('base64'),
    bytes.toString('hex'),
    Buffer.from(secret, 'utf16le').toString('base64'),
    JSON.stringify(secret).slice(1, -1),
  ];
}

describe('export and import', () => {
  it('round-trips every setting, and an export without passphrase holds no password in any form', async () => {
    const source = await seeded();
    const exported = await source.transfer.exportText(undefined, undefined);
    expect(exported).toMatchObject({ accounts: 3, passwords: 0 });
    for (const password of PASSWORDS) for (const form of encodings(password)) expect(exported.text).not.toContain(form);
    expect(JSON.parse(exported.text)).toMatchObject({
      format: 'mailbox-connect-accounts',
      version: 2,
      passwords: 'none',
    });

    const target = services();
    const plan = await target.transfer.plan({ text: exported.text, existing: 'replace' });
    expect(plan.ok && plan.value.entries.map((entry) => [entry.connectionName, entry.action, entry.review])).toEqual([
      // A pinned certificate decides which server is believed: a new one is looked at, as insecure settings are.
      ['Invoices – Zürich', 'add', ['trustedFingerprint']],
      ['Legacy scanner', 'add', ['unencrypted']],
      ['Credit memos', 'add', ['certificateNotValidated']],
    ]);
    expect(target.accounts.list()).toEqual([]); // planning writes nothing
    const applied = await target.transfer.apply({ text: exported.text, existing: 'replace' });
    expect(applied).toMatchObject({
      ok: true,
      value: {
        added: 3,
        replaced: 0,
        skipped: 0,
        passwordsStored: 0,
        toReview: ['Invoices – Zürich', 'Legacy scanner', 'Credit memos'],
      },
    });
    expect(settingsOf(target)).toEqual(settingsOf(source));
    const legacy = target.accounts.list().find((account) => account.connectionName === 'Legacy scanner');
    // The risk is acknowledged again by whoever reviews the imported account; nothing connected on import.
    expect(legacy).toMatchObject({ insecureAcknowledged: false, reviewFlags: ['unencrypted'], hasPassword: false });
    expect(legacy?.lastTest).toBeUndefined();
  });

  it('with a passphrase the passwords travel sealed (scrypt + AES-256-GCM) and arrive usable', async () => {
    const source = await seeded();
    const exported = await source.transfer.exportText(undefined, PASSPHRASE);
    expect(exported).toMatchObject({ accounts: 3, passwords: 3, withoutPassword: [] });
    for (const password of PASSWORDS) for (const form of encodings(password)) expect(exported.text).not.toContain(form);
    const document = JSON.parse(exported.text);
    expect(document).toMatchObject({ passwords: 'encrypted', encryption: { kdf: 'scrypt', cipher: 'aes-256-gcm' } });
    expect(exported.text).not.toContain(PASSPHRASE);

    const target = services();
    const applied = await target.transfer.apply({ text: exported.text, passphrase: PASSPHRASE, existing: 'replace' });
    expect(applied).toMatchObject({ ok: true, value: { added: 3, passwordsStored: 3 } });
    expect(settingsOf(target)).toEqual(settingsOf(source));
    for (const [index, account] of target.accounts.list().entries()) {
      expect(await target.accounts.passwordFor(account.id, account)).toEqual({ ok: true, password: PASSWORDS[index] });
    }
  });

  it('a wrong or missing passphrase says so and imports nothing', async () => {
    const source = await seeded();
    const { text } = await source.transfer.exportText(undefined, PASSPHRASE);
    const target = services();
    await target.accounts.save({
      settings: {
        server: 'keep.contoso.local',
        port: 993,
        encryption: 'ssl',
        validateSsl: true,
        connectionName: 'Keep me',
        emailAddress: 'keep@contoso.com',
        userName: 'keep',
      },
    });
    const before = readFileSync(accountsFilePath(target.directory), 'utf8');
    const wrong = await target.transfer.apply({ text, passphrase: 'not the passphrase', existing: 'replace' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(!wrong.ok && english(wrong.error.message)).toBe('The passphrase is wrong. Nothing was imported.');
    const missing = await target.transfer.plan({ text, existing: 'replace' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_REQUIRED' } });
    expect(readFileSync(accountsFilePath(target.directory), 'utf8')).toBe(before);
  });

  it('plans add, replace and skip with the reason for each, honouring "keep existing"', async () => {
    const source = await seeded();
    const { text } = await source.transfer.exportText(undefined, undefined);
    const target = services();
    await target.transfer.apply({ text, existing: 'replace' });
    const edited = JSON.parse(text);
    edited.accounts[0].port = 995;
    edited.accounts.push({ ...edited.accounts[1], connectionName: 'Brand new' });
    const replacePlan = await target.transfer.plan({ text: JSON.stringify(edited), existing: 'replace' });
    expect(replacePlan.ok && replacePlan.value.entries.map((entry) => [entry.action, english(entry.reason)])).toEqual([
      ['replace', 'replaces the account of the same name'],
      ['skip', 'the same settings exist already'],
      ['skip', 'the same settings exist already'],
      ['add', 'new on this computer'],
    ]);
    const keepPlan = await target.transfer.plan({ text: JSON.stringify(edited), existing: 'keep' });
    expect(keepPlan.ok && keepPlan.value.entries.map((entry) => entry.action)).toEqual(['skip', 'skip', 'skip', 'add']);
    const idBefore = target.accounts.list()[0]?.id;
    const applied = await target.transfer.apply({ text: JSON.stringify(edited), existing: 'replace' });
    expect(applied).toMatchObject({ ok: true, value: { added: 1, replaced: 1, skipped: 2 } });
    expect(target.accounts.list()[0]).toMatchObject({ id: idBefore, port: 995 });
  });

  it('validates the whole file first: size, JSON, prototype keys, format, version, schema and duplicates', async () => {
    const source = await seeded();
    const { text } = await source.transfer.exportText(undefined, undefined);
    const target = services();
    const problemsOf = async (candidate: string) => {
      const reply = await target.transfer.apply({ text: candidate, existing: 'replace' });
      expect(reply.ok).toBe(false);
      return reply.ok ? [] : [reply.error.code, ...(reply.error.problems ?? []).map(english)];
    };
    const document = JSON.parse(text);
    expect(await problemsOf(' '.repeat(IMPORT_MAX_BYTES + 1))).toEqual([
      'INVALID_FILE',
      expect.stringMatching(/an export is at most 5 MB/),
    ]);
    expect(await problemsOf('{"format": "mailbox-connect-accounts",')).toEqual([
      'INVALID_FILE',
      expect.stringMatching(/^The file is not valid JSON/),
    ]);
    expect(await problemsOf(text.replace('"accounts": [', '"__proto__": {"polluted": true}, "accounts": ['))).toEqual([
      'INVALID_FILE',
      expect.stringMatching(/contains the key “__proto__”/),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await problemsOf(JSON.stringify({ ...document, format: 'something-else' }))).toEqual([
      'INVALID_FILE',
      expect.stringMatching(/not a Mailbox Connect export/),
    ]);
    expect(await problemsOf(JSON.stringify({ ...document, version: 3 }))).toEqual([
      'INVALID_FILE',
      expect.stringMatching(/newer Mailbox Connect \(format version 3\)/),
    ]);
    const broken = structuredClone(document);
    broken.accounts[0].port = 70000;
    broken.accounts[1].server = 'imaps://scanner';
    broken.accounts[2].connectionName = 'invoices – ZÜRICH';
    const problems = await problemsOf(JSON.stringify(broken));
    expect(problems).toEqual([
      'INVALID_FILE',
      expect.stringMatching(/^Account 1 \(“Invoices – Zürich”\): port: Enter a port between 1 and 65535/),
      expect.stringMatching(/^Account 2 \(“Legacy scanner”\): server: Enter only the host name/),
      expect.stringMatching(/^“invoices – ZÜRICH” appears twice/),
    ]);
    const extraKey = structuredClone(document);
    extraKey.accounts[0].password = 'clear text';
    expect((await problemsOf(JSON.stringify(extraKey)))[1]).toMatch(/^Account 1 .*password/);
    expect(target.accounts.list()).toEqual([]);
  });

  it('applies atomically: when the write fails, the stored accounts stay as they were', async () => {
    const source = await seeded();
    const { text } = await source.transfer.exportText(undefined, undefined);
    const target = services();
    const before = target.accounts.list();
    // The directory where the accounts file must be renamed into place is a folder: the write fails (EISDIR).
    rmSync(accountsFilePath(target.directory), { force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(accountsFilePath(target.directory));
    const reply = await target.transfer.apply({ text, existing: 'replace' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    expect(target.accounts.list()).toEqual(before);
  });

  it('Export (IPC) writes where the save dialog says, readable by the user only; a cancelled dialog writes nothing', async () => {
    const source = await seeded();
    const { dispatch } = await import('../../src/main/ipc/dispatch');
    const cancelled = await dispatch(source.handlers, 'exportAccounts', [{}]);
    expect(cancelled).toEqual({ ok: true, value: { accounts: 0, passwords: 0, withoutPassword: [] } });
    expect(readdirSync(source.directory).filter((name) => name.startsWith('export'))).toEqual([]);

    source.exportTarget.path = path.join(source.directory, 'export.json');
    const firstId = source.accounts.list()[0]?.id as string;
    const written = await dispatch(source.handlers, 'exportAccounts', [{ ids: [firstId] }]);
    expect(written).toEqual({
      ok: true,
      value: { path: source.exportTarget.path, accounts: 1, passwords: 0, withoutPassword: ['Invoices – Zürich'] },
    });
    expect(statSync(source.exportTarget.path).mode & 0o777).toBe(0o600);
    expect(readdirSync(source.directory).filter((name) => name.includes('.tmp-'))).toEqual([]);
    const tooShort = await dispatch(source.handlers, 'exportAccounts', [{ passphrase: 'short' }]);
    expect(tooShort).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });
});
