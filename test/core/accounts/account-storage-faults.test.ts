// First, so that the mock's factory loads write-protected-fs after node:fs, not from inside its import.
import 'node:fs';
import type * as NodeFs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeProtection } from '../../support/write-protected-fs';

/*
 * The start-up checks of the accounts file when the disk says no: a file that cannot be read, a
 * damaged file that cannot be set aside, an older format that cannot be backed up, a first write
 * that fails. Each must leave the file as it was and refuse every later save with the reason.
 *
 * Our own modules see node:fs through write-protected-fs.ts, whose `faults` fail one operation
 * with a chosen code. conf writes through atomically/stubborn-fs, outside the vite graph: for its
 * first write, the real fs.openSync of its temporary file fails instead; stubborn-fs keeps its own
 * reference to openSync from when it is first imported, so that spy is in place before the storage
 * modules are imported (dynamically, below).
 */
vi.mock('node:fs', async (original) => (await import('../../support/write-protected-fs')).protectFs(await original()));

// The unmocked module, for the test's own look at the disk and for conf's writes.
const fs = createRequire(import.meta.url)('node:fs') as typeof NodeFs;

let directory = '';
/** The code conf's next write of its temporary file fails with, when set. */
let confWriteFault: string | undefined;
const confWrites: string[] = [];
const isConfTempFile = (file: unknown): file is string =>
  typeof file === 'string' && directory !== '' && path.dirname(file) === directory && /\.tmp-/.test(file);
const realOpenSync = fs.openSync;
vi.spyOn(fs, 'openSync').mockImplementation(((...args: Parameters<typeof fs.openSync>) => {
  const [file] = args;
  if (isConfTempFile(file)) {
    confWrites.push(file);
    if (confWriteFault !== undefined) {
      throw Object.assign(new Error(`${confWriteFault}: refused by the test, open '${file}'`), {
        code: confWriteFault,
        syscall: 'open',
        path: file,
      });
    }
  }
  return realOpenSync(...args);
}) as typeof fs.openSync);

const { openAccountsFile, accountsFilePath } = await import('../../../src/core/accounts/accounts-file');
const { AccountsService } = await import('../../../src/core/accounts/accounts-service');
const { SecretsService } = await import('../../../src/core/secrets');
const { renderMessage } = await import('../../../src/shared/i18n');
const { createAesTestCipher } = await import('../../support/aes-test-cipher');
const { MINIMAL_ACCOUNT, accountsFileText, storedAccounts } = await import('../../support/stored-accounts');

type Storage = ReturnType<typeof openAccountsFile>;

const clock = () => new Date('2026-11-26T06:07:08.009Z');
const STAMP = '2026-11-26T06-07-08-009Z';

/** An older format 1 and the step to format 2: what a migration at start meets. */
const V2 = {
  currentVersion: 2,
  migrations: {
    1: (document: Record<string, unknown>) => ({
      ...document,
      accounts: (document.accounts as { connectionName: string }[]).map((account) => ({
        ...account,
        connectionName: `${account.connectionName} v2`,
      })),
    }),
  },
};

/** A file cut off inside its third account: two of them can be read. */
function cutOffText(): string {
  const full = accountsFileText({ schemaVersion: 1, accounts: storedAccounts(3) });
  return full.slice(0, full.indexOf('mail2.contoso.local'));
}

let file = '';
beforeEach(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'mc-storage-faults-'));
  file = accountsFilePath(directory);
});
afterEach(() => {
  writeProtection.faults.length = 0;
  writeProtection.attempts.length = 0;
  confWriteFault = undefined;
  confWrites.length = 0;
  fs.rmSync(directory, { recursive: true, force: true });
  directory = '';
});

/** Every file below the folder, by relative name, with its bytes: what proves nothing was changed. */
function folder(root = directory): Record<string, Buffer> {
  const entries: Record<string, Buffer> = {};
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    entries[path.relative(root, full)] = fs.readFileSync(full);
  }
  return entries;
}

const open = (options: Parameters<typeof openAccountsFile>[1] = {}) =>
  openAccountsFile(directory, { clock, ...options });
const names = (storage: Storage) => storage.accounts.map((account) => account.connectionName);
const notices = (storage: Storage, locale: 'en' | 'de' = 'en') =>
  storage.status.notices.map((notice) => [notice.severity, renderMessage(locale, notice.message)]);

/** The last notice is the error, in both languages naming the file and the code. */
function expectErrorNotice(storage: Storage, code: string, english: RegExp): void {
  expect(storage.status.writable).toBe(false);
  expect(storage.status.filePath).toBe(file);
  for (const locale of ['en', 'de'] as const) {
    const [severity, text] = notices(storage, locale).at(-1) ?? [];
    expect(severity).toBe('error');
    expect(text).toContain(file);
    expect(text).toContain(`(${code})`);
  }
  expect(notices(storage).at(-1)?.[1]).toMatch(english);
}

/** A new account, and a change to each account read, are refused with `reason`; the disk stays as it was. */
async function expectSavesRefused(storage: Storage, reason: string): Promise<void> {
  const before = folder();
  const service = new AccountsService(storage, new SecretsService(createAesTestCipher()));
  const listed = service.list();
  expect(listed.map((account) => account.connectionName)).toEqual(names(storage));
  const added = await service.save({ settings: MINIMAL_ACCOUNT, password: 'Secret-1' });
  expect(added).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
  expect(!added.ok && renderMessage('en', added.error.message)).toContain(reason);
  for (const account of listed) {
    const removed = service.delete(account.id);
    expect(removed).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    expect(!removed.ok && renderMessage('en', removed.error.message)).toContain(reason);
  }
  // Nothing refused is kept in memory either.
  expect(service.list().map((account) => account.connectionName)).toEqual(names(storage));
  expect(folder()).toEqual(before);
}

describe('a settings file that cannot be read', () => {
  it('leaves a folder in its place (EISDIR) alone, with nothing to show, and refuses every save', async () => {
    fs.mkdirSync(file);
    fs.writeFileSync(path.join(file, 'inside.txt'), 'not ours');
    const before = folder();
    const storage = open();
    expect(storage.accounts).toEqual([]);
    expectErrorNotice(
      storage,
      'EISDIR',
      /cannot be read \(EISDIR\)\. Nothing will be saved, so that it is not overwritten/,
    );
    expect(notices(storage)).toHaveLength(1);
    await expectSavesRefused(storage, 'the settings file cannot be read (EISDIR) and is left untouched');
    expect(fs.statSync(file).isDirectory()).toBe(true);
    expect(folder()).toEqual(before);
    expect(confWrites).toEqual([]);
  });

  it('leaves a file whose reading is refused (EACCES) byte for byte as it is', async () => {
    const text = accountsFileText({ schemaVersion: 1, accounts: storedAccounts(2) });
    fs.writeFileSync(file, text);
    const before = folder();
    writeProtection.faults.push({ syscall: 'readFile', under: file, code: 'EACCES' });
    const storage = open();
    expect(writeProtection.attempts).toEqual([{ syscall: 'readFile', path: file }]);
    // What it holds is not known, so nothing is shown and nothing may replace it.
    expect(storage.accounts).toEqual([]);
    expectErrorNotice(storage, 'EACCES', /cannot be read \(EACCES\)\. .*check its permissions/);
    await expectSavesRefused(storage, 'the settings file cannot be read (EACCES) and is left untouched');
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(folder()).toEqual(before);
    expect(confWrites).toEqual([]);
  });
});

describe('a damaged settings file that cannot be set aside', () => {
  for (const code of ['EBUSY', 'EPERM']) {
    it(`shows what it holds, leaves it in place (${code}) and refuses every save`, async () => {
      const text = cutOffText();
      fs.writeFileSync(file, text);
      const before = folder();
      writeProtection.faults.push({ syscall: 'rename', under: file, code });
      const storage = open();
      expect(writeProtection.attempts).toEqual([{ syscall: 'rename', path: file }]);
      expect(names(storage)).toEqual(['Invoices 0', 'Invoices 1']);
      expectErrorNotice(
        storage,
        code,
        new RegExp(
          `is damaged \\(the file is not valid JSON, probably cut off .*\\) and could not be set aside \\(${code}\\)\\. 2 accounts could be read; nothing will be saved until the file is moved away\\.$`,
        ),
      );
      expect(notices(storage)).toHaveLength(1);
      await expectSavesRefused(
        storage,
        `the damaged settings file could not be set aside (${code}) and is left untouched`,
      );
      expect(fs.readFileSync(file, 'utf8')).toBe(text);
      expect(folder()).toEqual(before);
      expect(confWrites).toEqual([]);
    });
  }

  it('counts a single readable account in the singular', () => {
    const full = accountsFileText({ schemaVersion: 1, accounts: storedAccounts(2) });
    fs.writeFileSync(file, full.slice(0, full.indexOf('mail1.contoso.local')));
    writeProtection.faults.push({ syscall: 'rename', under: file, code: 'EBUSY' });
    const storage = open();
    expect(names(storage)).toEqual(['Invoices 0']);
    expect(notices(storage).at(-1)?.[1]).toContain('. 1 account could be read;');
    expect(notices(storage, 'de').at(-1)?.[1]).toContain('. 1 Konto konnte');
  });
});

describe('an older format that cannot be backed up', () => {
  it('shows the accounts updated, leaves the file in its old format and refuses every save', async () => {
    const text = accountsFileText({ schemaVersion: 1, accounts: storedAccounts(2) });
    fs.writeFileSync(file, text);
    const before = folder();
    writeProtection.faults.push({ syscall: 'copyFile', under: file, code: 'ENOSPC' });
    const storage = open(V2);
    expect(writeProtection.attempts).toEqual([{ syscall: 'copyFile', path: file }]);
    expect(names(storage)).toEqual(['Invoices 0 v2', 'Invoices 1 v2']);
    expectErrorNotice(
      storage,
      'ENOSPC',
      /needs updating to a new format, but a copy of it could not be kept \(ENOSPC\); it is left untouched and nothing can be saved\.$/,
    );
    expect(notices(storage)).toHaveLength(1);
    await expectSavesRefused(
      storage,
      'the settings file could not be backed up before its update (ENOSPC) and is left untouched',
    );
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(folder()).toEqual(before);
    expect(confWrites).toEqual([]);
  });
});

describe('a first write after a migration or recovery that fails', () => {
  it('keeps the old format as it was next to its backup, and refuses every save (ENOSPC)', async () => {
    const text = accountsFileText({ schemaVersion: 1, accounts: storedAccounts(2) });
    fs.writeFileSync(file, text);
    confWriteFault = 'ENOSPC';
    const storage = open(V2);
    expect(confWrites).toHaveLength(1);
    expect(names(storage)).toEqual(['Invoices 0 v2', 'Invoices 1 v2']);
    expectErrorNotice(
      storage,
      'ENOSPC',
      /cannot be written \(ENOSPC\)\. The accounts are shown, but changes cannot be saved until the folder is writable\.$/,
    );
    // The backup was made before the write was tried; the migration is not announced, it did not happen.
    expect(notices(storage)).toHaveLength(1);
    const backup = `accounts.format-1-${STAMP}.json`;
    expect(folder()).toEqual({ 'accounts.json': Buffer.from(text), [backup]: Buffer.from(text) });
    confWriteFault = undefined;
    // Refused by the reason, not by the disk: with the disk writable again, still nothing is written.
    await expectSavesRefused(storage, 'the settings file cannot be written (ENOSPC)');
    expect(confWrites).toHaveLength(1);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('puts the damaged original back where it was, tells only what failed, and refuses every save (EIO)', async () => {
    const text = cutOffText();
    fs.writeFileSync(file, text);
    confWriteFault = 'EIO';
    const storage = open();
    expect(confWrites).toHaveLength(1);
    expect(names(storage)).toEqual(['Invoices 0', 'Invoices 1']);
    // Set aside with nothing written in its place, the next start would begin empty: it is moved back.
    expect(folder()).toEqual({ 'accounts.json': Buffer.from(text) });
    // Nothing was recovered on disk, so no notice says so; the one notice says what failed.
    expectErrorNotice(storage, 'EIO', /cannot be written \(EIO\)\. The accounts are shown/);
    expect(notices(storage)).toHaveLength(1);
    confWriteFault = undefined;
    await expectSavesRefused(storage, 'the settings file cannot be written (EIO)');
    expect(confWrites).toHaveLength(1);
    expect(folder()).toEqual({ 'accounts.json': Buffer.from(text) });
    // The next start, with the disk writable, recovers the same accounts and keeps the original.
    const next = open();
    expect(names(next)).toEqual(['Invoices 0', 'Invoices 1']);
    expect(notices(next)[0]?.[1]).toContain('2 accounts could be recovered');
  });
});
