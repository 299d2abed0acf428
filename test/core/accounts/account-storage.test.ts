import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderStorageStatus } from '../../../src/shared/storage-status';
import { AccountsService } from '../../../src/core/accounts/accounts-service';
import { SecretsService } from '../../../src/core/secrets';
import { createAesTestCipher } from '../../support/aes-test-cipher';
import { accountsFilePath, openAccountsFile } from '../../../src/core/accounts/accounts-file';
import { accountsFileText, storedAccounts } from '../../support/stored-accounts';
import { literal } from '../../../src/shared/i18n/message';
import { MINIMAL_ACCOUNT } from '../../support/stored-accounts';
import { CURRENT_SCHEMA_VERSION } from '../../../src/core/accounts/stored-account';
import { english } from '../../support/report-text';

const clock = () => new Date('2026-11-26T06:07:08.009Z');
const KEPT_NAME = 'accounts.corrupt-2026-11-26T06-07-08-009Z.json';

describe('opening the accounts file whatever it holds (conf on disk)', () => {
  let directory: string;
  let file: string;
  beforeEach(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-storage-'));
    file = accountsFilePath(directory);
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const open = (options: Parameters<typeof openAccountsFile>[1] = {}) =>
    openAccountsFile(directory, { clock, ...options });
  const serviceOn = (storage: ReturnType<typeof open>) =>
    new AccountsService(storage, new SecretsService(createAesTestCipher()));
  const names = (storage: ReturnType<typeof open>) =>
    serviceOn(storage)
      .list()
      .map((a) => a.connectionName);
  const onDisk = () => JSON.parse(readFileSync(file, 'utf8')) as { schemaVersion: number; accounts: unknown[] };
  const kept = () => readFileSync(path.join(directory, KEPT_NAME), 'utf8');

  it('starts empty and writable without a file, and creates it on the first save', async () => {
    const storage = open();
    expect(renderStorageStatus(storage.status)).toEqual({ filePath: file, writable: true, notices: [] });
    const saved = await serviceOn(storage).save({
      settings: MINIMAL_ACCOUNT,
    });
    expect(saved.ok).toBe(true);
    expect(onDisk()).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, accounts: [{ connectionName: 'A' }] });
  });

  it('opens an intact file as it is, without rewriting it', () => {
    const text = accountsFileText({ schemaVersion: CURRENT_SCHEMA_VERSION, accounts: storedAccounts(3) });
    writeFileSync(file, text);
    const before = statSync(file).mtimeMs;
    const storage = open();
    expect(renderStorageStatus(storage.status).notices).toEqual([]);
    expect(names(storage)).toEqual(['Invoices 0', 'Invoices 1', 'Invoices 2']);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  const damagedCases: { name: string; text: () => string; recovered: string[]; problem: RegExp }[] = [
    { name: 'an empty file', text: () => '', recovered: [], problem: /empty/ },
    { name: 'a file of blanks', text: () => ' \r\n\t', recovered: [], problem: /empty/ },
    {
      name: 'a file cut off inside the third account',
      text: () => {
        const full = accountsFileText({ schemaVersion: CURRENT_SCHEMA_VERSION, accounts: storedAccounts(3) });
        return full.slice(0, full.indexOf('mail2.contoso.local'));
      },
      recovered: ['Invoices 0', 'Invoices 1'],
      problem: /not valid JSON, probably cut off/,
    },
    {
      name: 'a file with a braces-in-strings account, cut off after it',
      text: () => {
        const [first, second] = storedAccounts(2);
        const full = accountsFileText({
          schemaVersion: CURRENT_SCHEMA_VERSION,
          accounts: [{ ...first, connectionName: 'A {[}]"\\ name' }, second],
        });
        return full.slice(0, full.lastIndexOf('}', full.length - 4));
      },
      recovered: ['A {[}]"\\ name'],
      problem: /not valid JSON/,
    },
    {
      name: 'a file with a byte-order mark',
      text: () => `\uFEFF${accountsFileText({ schemaVersion: CURRENT_SCHEMA_VERSION, accounts: storedAccounts(2) })}`,
      recovered: ['Invoices 0', 'Invoices 1'],
      problem: /byte-order mark/,
    },
    {
      name: 'binary garbage',
      text: () => '\u0000\u0001PK\u0003\u0004garbage',
      recovered: [],
      problem: /not valid JSON/,
    },
    { name: 'a JSON array', text: () => '[1, 2]', recovered: [], problem: /does not hold a settings object/ },
    { name: 'JSON null', text: () => 'null', recovered: [], problem: /does not hold a settings object/ },
    {
      name: 'a file without a format version',
      text: () => accountsFileText({ accounts: storedAccounts(1) }),
      recovered: ['Invoices 0'],
      problem: /no valid format version/,
    },
    {
      name: 'a file whose accounts are not a list',
      text: () => accountsFileText({ schemaVersion: CURRENT_SCHEMA_VERSION, accounts: { a: 1 } }),
      recovered: [],
      problem: /no list of accounts/,
    },
    {
      name: 'a file with invalid and duplicate accounts',
      text: () => {
        const [a, b, c, d] = storedAccounts(4);
        return accountsFileText({
          schemaVersion: CURRENT_SCHEMA_VERSION,
          accounts: [a, { ...b, port: 70000 }, { ...c, id: a?.id }, 'text', d],
        });
      },
      recovered: ['Invoices 0', 'Invoices 3'],
      problem:
        /3 of 5 accounts were not valid.*account 2 \(“Invoices 1”\) – port: Enter a port between 1 and 65535.*account 3 \(“Invoices 2”\) – the same id/,
    },
  ];

  for (const damaged of damagedCases) {
    it(`keeps ${damaged.name} aside, recovers what it can and says so`, async () => {
      const original = damaged.text();
      writeFileSync(file, original);
      const storage = open();
      expect(names(storage)).toEqual(damaged.recovered);
      expect(kept()).toBe(original);
      expect(storage.status.writable).toBe(true);
      expect(renderStorageStatus(storage.status).notices).toHaveLength(1);
      const [notice] = renderStorageStatus(storage.status).notices;
      expect(notice?.severity).toBe('warning');
      expect(notice?.message).toMatch(damaged.problem);
      expect(notice?.message).toContain(path.join(directory, KEPT_NAME));
      expect(notice?.message).toContain(
        `${damaged.recovered.length === 1 ? '1 account' : `${damaged.recovered.length} accounts`} could be recovered`,
      );
      // The file is whole again and the app goes on saving.
      expect(onDisk()).toMatchObject({
        schemaVersion: CURRENT_SCHEMA_VERSION,
        accounts: damaged.recovered.map((connectionName) => ({ connectionName })),
      });
      const reopened = open();
      expect(renderStorageStatus(reopened.status).notices).toEqual([]);
      expect(names(reopened)).toEqual(damaged.recovered);
    });
  }

  it('leaves a file of a newer format untouched and refuses to write it', async () => {
    const text = accountsFileText({ schemaVersion: 7, accounts: [{ anything: 'new' }] });
    writeFileSync(file, text);
    const storage = open();
    expect(storage.status.writable).toBe(false);
    expect(renderStorageStatus(storage.status).notices[0]?.message).toMatch(
      /newer version of Mailbox Connect \(format 7; this version reads up to format 3\)\. It was left untouched/,
    );
    const service = serviceOn(storage);
    expect(service.list()).toEqual([]);
    const saved = await service.save({
      settings: MINIMAL_ACCOUNT,
    });
    expect(!saved.ok && saved.error.code).toBe('STORAGE');
    expect(!saved.ok && english(saved.error.message)).toMatch(/newer version of Mailbox Connect and is left untouched/);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readdirSync(directory)).toEqual(['accounts.json']);
  });

  it('leaves a file it cannot read alone and says why', () => {
    mkdirSync(file);
    const storage = open();
    expect(storage.status.writable).toBe(false);
    expect(renderStorageStatus(storage.status).notices[0]?.message).toMatch(
      /cannot be read \(EISDIR\)\. Nothing will be saved/,
    );
    expect(statSync(file).isDirectory()).toBe(true);
  });

  it('takes a format 1 file (a last result saved as words) to format 3, where it is a message, keeping a copy', () => {
    const [tested, untested] = storedAccounts(2);
    const lastTest = {
      at: '2026-11-20T10:00:00.000Z',
      ok: false,
      code: 'AUTH_FAILED',
      summary: 'Anmeldung abgelehnt.',
    };
    const text = accountsFileText({ schemaVersion: 1, accounts: [{ ...tested, lastTest }, untested] });
    writeFileSync(file, text);
    const storage = open();
    expect(storage.accounts.map((account) => account.lastTest)).toEqual([
      { ...lastTest, summary: { text: 'Anmeldung abgelehnt.' } },
      undefined,
    ]);
    // Written as format 3: a version that knows only format 1 leaves it alone instead of dropping the account.
    expect(onDisk()).toMatchObject({
      schemaVersion: 3,
      accounts: [{ lastTest: { summary: { text: 'Anmeldung abgelehnt.' } } }, {}],
    });
    const backup = path.join(directory, 'accounts.format-1-2026-11-26T06-07-08-009Z.json');
    expect(readFileSync(backup, 'utf8')).toBe(text);
    expect(renderStorageStatus(storage.status).notices).toEqual([
      {
        severity: 'info',
        message: `The settings were updated from format 1 to 3; the previous file is kept as ${backup}.`,
      },
    ]);
  });

  it('migrates an older format step by step after keeping a copy of it', () => {
    const text = accountsFileText({ schemaVersion: 1, accounts: storedAccounts(2) });
    writeFileSync(file, text);
    const renameAll = (document: Record<string, unknown>) => ({
      ...document,
      accounts: (document.accounts as { connectionName: string }[]).map((account) => ({
        ...account,
        connectionName: `${account.connectionName} v${String(document.schemaVersion)}`,
      })),
    });
    const storage = open({ currentVersion: 3, migrations: { 1: renameAll, 2: renameAll } });
    expect(names(storage)).toEqual(['Invoices 0 v1 v2', 'Invoices 1 v1 v2']);
    expect(onDisk().schemaVersion).toBe(3);
    const backup = path.join(directory, 'accounts.format-1-2026-11-26T06-07-08-009Z.json');
    expect(readFileSync(backup, 'utf8')).toBe(text);
    expect(renderStorageStatus(storage.status).notices).toEqual([
      {
        severity: 'info',
        message: `The settings were updated from format 1 to 3; the previous file is kept as ${backup}.`,
      },
    ]);
  });

  it('treats a format it has no migration for as damaged rather than guessing', () => {
    writeFileSync(file, accountsFileText({ schemaVersion: 1, accounts: storedAccounts(1) }));
    const storage = open({ currentVersion: 2, migrations: {} });
    expect(renderStorageStatus(storage.status).notices[0]?.message).toMatch(
      /format 1 could not be updated: no migration from format 1 to 2/,
    );
    expect(kept()).toContain('Invoices 0');
  });
});

describe('opening the accounts file of a folder that cannot be written (readOnly)', () => {
  let directory: string;
  let file: string;
  beforeEach(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-read-only-'));
    file = accountsFilePath(directory);
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const readOnly = {
    notice: literal('This stick is write-protected.'),
    reason: literal('the stick is write-protected'),
  };
  const open = (options: Parameters<typeof openAccountsFile>[1] = {}) =>
    openAccountsFile(directory, { clock, readOnly, ...options });
  /** Every file's name and bytes: the test root ignores permissions, so this is what proves nothing was written. */
  const folder = () =>
    Object.fromEntries(readdirSync(directory).map((name) => [name, readFileSync(path.join(directory, name))]));
  /** A save refused for the folder's reason, and the folder as it was. */
  async function expectSaveRefused(storage: ReturnType<typeof open>): Promise<void> {
    const before = folder();
    const saved = await new AccountsService(storage, new SecretsService(createAesTestCipher())).save({
      settings: MINIMAL_ACCOUNT,
    });
    expect(saved).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    expect(!saved.ok && english(saved.error.message)).toContain('the stick is write-protected');
    expect(folder()).toEqual(before);
  }
  const notices = (storage: ReturnType<typeof open>) =>
    renderStorageStatus(storage.status).notices.map((notice) => [notice.severity, notice.message]);

  it('shows an intact file, says the folder is read-only, and refuses every save', async () => {
    writeFileSync(file, accountsFileText({ schemaVersion: CURRENT_SCHEMA_VERSION, accounts: storedAccounts(2) }));
    const before = folder();
    const storage = open();
    expect(storage.status.writable).toBe(false);
    expect(notices(storage)).toEqual([['warning', 'This stick is write-protected.']]);
    expect(storage.accounts.map((account) => account.connectionName)).toEqual(['Invoices 0', 'Invoices 1']);
    expect(folder()).toEqual(before);
    await expectSaveRefused(storage);
  });

  it('starts empty without a file, and creates none', async () => {
    const storage = open();
    expect(storage.accounts).toEqual([]);
    expect(storage.status.writable).toBe(false);
    await expectSaveRefused(storage);
    expect(readdirSync(directory)).toEqual([]);
  });

  it('shows what a damaged file holds without setting it aside', async () => {
    const full = accountsFileText({ schemaVersion: CURRENT_SCHEMA_VERSION, accounts: storedAccounts(3) });
    writeFileSync(file, full.slice(0, full.indexOf('mail2.contoso.local')));
    const before = folder();
    const storage = open();
    expect(storage.accounts.map((account) => account.connectionName)).toEqual(['Invoices 0', 'Invoices 1']);
    expect(notices(storage)).toEqual([
      ['warning', 'This stick is write-protected.'],
      [
        'warning',
        expect.stringMatching(
          new RegExp(
            `^The settings file .*accounts\\.json is damaged \\(the file is not valid JSON, probably cut off .*\\)\\. 2 accounts could be read and shown; the file is left as it is\\.$`,
          ),
        ),
      ],
    ]);
    expect(folder()).toEqual(before);
    await expectSaveRefused(storage);
  });

  it('updates an older format in memory only, keeping no copy', async () => {
    writeFileSync(file, accountsFileText({ schemaVersion: 1, accounts: storedAccounts(1) }));
    const before = folder();
    const renamed = (document: Record<string, unknown>) => ({
      ...document,
      accounts: (document.accounts as { connectionName: string }[]).map((account) => ({
        ...account,
        connectionName: `${account.connectionName} v2`,
      })),
    });
    const storage = open({ currentVersion: 2, migrations: { 1: renamed } });
    expect(storage.accounts.map((account) => account.connectionName)).toEqual(['Invoices 0 v2']);
    expect(notices(storage)).toEqual([
      ['warning', 'This stick is write-protected.'],
      [
        'info',
        `The settings file ${file} has the older format 1: its accounts are shown updated, and the file is left as it is.`,
      ],
    ]);
    expect(folder()).toEqual(before);
    await expectSaveRefused(storage);
  });

  it('leaves what an interrupted write left behind', async () => {
    writeFileSync(file, accountsFileText({ schemaVersion: CURRENT_SCHEMA_VERSION, accounts: storedAccounts(1) }));
    // atomically's temp-file name, as a killed save leaves it (open-account-storage.ts removes these when writable).
    writeFileSync(`${file}.tmp-1764137228abcdef`, '{"schemaVersion":1,"acc');
    const before = folder();
    const storage = open();
    expect(storage.accounts).toHaveLength(1);
    expect(folder()).toEqual(before);
    expect(Object.keys(before)).toHaveLength(2);
    await expectSaveRefused(storage);
  });

  it('keeps the read-only notice before the reason a newer file is left alone', () => {
    writeFileSync(file, accountsFileText({ schemaVersion: 7, accounts: [] }));
    const before = folder();
    const storage = open();
    expect(notices(storage)).toEqual([
      ['warning', 'This stick is write-protected.'],
      ['error', expect.stringMatching(/written by a newer version of Mailbox Connect/)],
    ]);
    expect(folder()).toEqual(before);
  });
});
