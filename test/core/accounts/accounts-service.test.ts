import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountSettingsSchema, newAccountDefaults } from '../../../src/shared/account';
import { AccountsService, copyName } from '../../../src/core/accounts/accounts-service';
import { SecretsService } from '../../../src/core/secrets';
import { createAesTestCipher } from '../../support/aes-test-cipher';
import { openAccountsFile } from '../../../src/core/accounts/accounts-file';
import { renderMessage } from '../../../src/shared/i18n';
import { literal } from '../../../src/shared/i18n/message';
import { english } from '../../support/report-text';

const CANARY = 'Canary-Pässwörd-"quoted"\\back-9f3a';
const settings = {
  ...newAccountDefaults(),
  port: 993,
  server: 'mail.contoso.local',
  connectionName: 'Invoices',
  emailAddress: 'invoices@contoso.com',
  userName: 'CONTOSO\\invoices',
};

describe('accounts service on conf (electron-store’s store) with a real cipher', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-accounts-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('saves without a network, persists, and reloads with the password sealed', async () => {
    const cipher = createAesTestCipher();
    const storage = openAccountsFile(directory);
    const service = new AccountsService(storage, new SecretsService(cipher));
    const saved = await service.save({ settings, password: CANARY });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.account).toMatchObject({
      hasPassword: true,
      passwordNeedsReentry: false,
      connectionName: 'Invoices',
    });
    expect(saved.value.account.lastTest).toBeUndefined();
    expect(JSON.stringify(saved)).not.toContain(CANARY);

    const onDisk = readFileSync(storage.path, 'utf8');
    expect(onDisk).not.toContain(CANARY);
    expect(onDisk).not.toContain(Buffer.from(CANARY).toString('base64'));

    const reloaded = new AccountsService(openAccountsFile(directory), new SecretsService(cipher));
    expect(reloaded.list()).toEqual([saved.value.account]);
    await expect(reloaded.passwordFor(saved.value.account.id, settings)).resolves.toEqual({
      ok: true,
      password: CANARY,
    });
  });

  it('keeps the stored password when the update has none, and asks again once server or user change', async () => {
    const service = new AccountsService(openAccountsFile(directory), new SecretsService(createAesTestCipher()));
    const first = await service.save({ settings, password: CANARY });
    if (!first.ok) throw new Error('save failed');
    const id = first.value.account.id;
    const renamed = await service.save({ id, settings: { ...settings, connectionName: 'Invoices HQ' } });
    expect(renamed.ok && renamed.value.account).toMatchObject({ hasPassword: true, passwordNeedsReentry: false });
    const moved = await service.save({
      id,
      settings: { ...settings, connectionName: 'Invoices HQ', server: 'mail2.contoso.local' },
    });
    expect(moved.ok && moved.value.account.passwordNeedsReentry).toBe(true);
    await expect(service.passwordFor(id, { ...settings, server: 'mail2.contoso.local' })).resolves.toEqual({
      ok: false,
      reason: 'binding-changed',
    });
  });

  it('marks only the account whose password cannot be decrypted', async () => {
    const storage = openAccountsFile(directory);
    const first = new AccountsService(storage, new SecretsService(createAesTestCipher()));
    const saved = await first.save({ settings, password: CANARY });
    if (!saved.ok) throw new Error('save failed');
    const otherMachine = new AccountsService(openAccountsFile(directory), new SecretsService(createAesTestCipher()));
    await expect(otherMachine.passwordFor(saved.value.account.id, settings)).resolves.toEqual({
      ok: false,
      reason: 'undecryptable',
    });
    expect(otherMachine.list()[0]?.passwordNeedsReentry).toBe(true);
  });

  it('saves the account but not the password where no real encryption exists (basic_text)', async () => {
    const cipher = createAesTestCipher({
      available: false,
      backend: 'basic_text',
      reason: literal('no keyring is running.'),
    });
    const service = new AccountsService(openAccountsFile(directory), new SecretsService(cipher));
    const saved = await service.save({ settings, password: CANARY });
    expect(saved.ok && english(saved.value.notice)).toMatch(/without its password: no keyring/);
    expect(saved.ok && saved.value.account.hasPassword).toBe(false);
  });

  it('returns field errors and changes nothing for invalid input, and rejects duplicate names', async () => {
    const service = new AccountsService(openAccountsFile(directory), new SecretsService(createAesTestCipher()));
    await service.save({ settings });
    const duplicate = await service.save({ settings: { ...settings, connectionName: 'invoices' } });
    expect(!duplicate.ok && english(duplicate.error.fieldErrors?.connectionName)).toMatch(/already/);
    expect(service.list()).toHaveLength(1);
  });

  it('reports a failed write, keeps the file and the previous state, and saves once the path is free', async () => {
    const storage = openAccountsFile(directory);
    const service = new AccountsService(storage, new SecretsService(createAesTestCipher()));
    await service.save({ settings });
    const before = readFileSync(storage.path, 'utf8');
    // A real failing write: the atomic rename onto the file fails while a folder holds its name.
    renameSync(storage.path, `${storage.path}.moved`);
    mkdirSync(storage.path);
    const saved = await service.save({ settings: { ...settings, connectionName: 'Credit memos' } });
    expect(!saved.ok && saved.error).toMatchObject({ code: 'STORAGE' });
    expect(!saved.ok && english(saved.error.message)).toMatch(/could not be written: .*still in the form/);
    expect(service.list().map((account) => account.connectionName)).toEqual(['Invoices']);
    rmdirSync(storage.path);
    renameSync(`${storage.path}.moved`, storage.path);
    expect(readFileSync(storage.path, 'utf8')).toBe(before);
    const retried = await service.save({ settings: { ...settings, connectionName: 'Credit memos' } });
    expect(retried.ok).toBe(true);
    expect(service.list()).toHaveLength(2);
  });

  it('gets and duplicates an account without its password or test result, under a free name', async () => {
    let tick = 0;
    const clock = () => new Date(Date.UTC(2026, 10, 26, 8, 0, tick++));
    const service = new AccountsService(openAccountsFile(directory), new SecretsService(createAesTestCipher()), clock);
    const saved = await service.save({ settings, password: CANARY });
    if (!saved.ok) throw new Error('save failed');
    const original = saved.value.account;
    expect(service.get(original.id)).toEqual({ ok: true, value: original });
    expect(service.get('missing')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const copy = service.duplicate(original.id, 'copy');
    if (!copy.ok) throw new Error('duplicate failed');
    expect(copy.value).toMatchObject({
      connectionName: 'Invoices (copy)',
      hasPassword: false,
      server: original.server,
    });
    expect(copy.value.id).not.toBe(original.id);
    expect(copy.value.createdAt > original.createdAt).toBe(true);
    expect(copy.value.lastTest).toBeUndefined();
    const second = service.duplicate(original.id, 'copy');
    expect(second.ok && second.value.connectionName).toBe('Invoices (copy 2)');
    const reloaded = new AccountsService(openAccountsFile(directory), new SecretsService(createAesTestCipher()));
    expect(reloaded.list().map((account) => account.connectionName)).toEqual([
      'Invoices',
      'Invoices (copy)',
      'Invoices (copy 2)',
    ]);
  });

  it('keeps a copy name within the length limit', () => {
    const long = 'x'.repeat(100);
    expect(copyName(long, [long], 'copy')).toBe(`${'x'.repeat(93)} (copy)`);
    expect(copyName('Invoices', ['invoices (COPY)'], 'copy')).toBe('Invoices (copy 2)');
  });

  it('keeps a last test summary saved as text by an older version, and writes the next one as a message', async () => {
    const storage = openAccountsFile(directory);
    const service = new AccountsService(storage, new SecretsService(createAesTestCipher()));
    const saved = await service.save({ settings });
    if (!saved.ok) throw new Error('save failed');
    const { id } = saved.value.account;
    const document = JSON.parse(readFileSync(storage.path, 'utf8')) as { accounts: Record<string, unknown>[] };
    const oldSummary = 'Angemeldet; der Posteingang enthält 7 Nachrichten.';
    (document.accounts[0] as Record<string, unknown>).lastTest = {
      at: '2026-01-01T00:00:00.000Z',
      ok: true,
      summary: oldSummary,
    };
    writeFileSync(storage.path, JSON.stringify(document));

    const reopened = new AccountsService(openAccountsFile(directory), new SecretsService(createAesTestCipher()));
    const read = reopened.get(id);
    expect(read.ok && read.value.lastTest?.summary).toEqual(literal(oldSummary));
    expect(read.ok && read.value.connectionName).toBe(settings.connectionName);

    reopened.recordTestResult(id, { ok: false, stages: [], durationMs: 5 });
    const written = JSON.parse(readFileSync(storage.path, 'utf8')) as {
      accounts: { lastTest?: { summary: unknown } }[];
    };
    expect(written.accounts[0]?.lastTest?.summary).toEqual({ key: 'accounts.lastTest.failed' });
  });

  it('records a test result: the summary names processing folders that are not ready, and a save clears review flags', async () => {
    const service = new AccountsService(openAccountsFile(directory), new SecretsService(createAesTestCipher()));
    const saved = await service.save({ settings });
    if (!saved.ok) throw new Error('save failed');
    const { id } = saved.value.account;
    const folder = (role: 'inbox' | 'success' | 'failed', path: string, selectable: boolean) => ({
      role,
      path,
      exists: selectable,
      selectable,
    });
    const report = (failedReady: boolean) => ({
      ok: true,
      stages: [],
      durationMs: 10,
      mailbox: {
        folders: ['INBOX'],
        inbox: { messages: 3, unseen: 1 },
        processingFolders: [
          folder('inbox', 'INBOX', true),
          folder('success', 'SuccessProcessing', true),
          folder('failed', 'FailedProcessing', failedReady),
        ],
      },
    });
    const lastTest = () => {
      const got = service.get(id);
      return got.ok ? got.value.lastTest : undefined;
    };
    service.recordTestResult(id, report(false));
    expect(lastTest()?.ok).toBe(true);
    expect(english(lastTest()?.summary)).toBe(
      'Signed in; INBOX holds 3 messages. Not ready for document processing: FailedProcessing.',
    );
    // Kept as a message: the overview words it in whatever language the window shows later.
    expect(renderMessage('de', lastTest()?.summary ?? literal(''))).toBe(
      'Angemeldet; der Posteingang (INBOX) enthält 3 Nachrichten. Nicht bereit für die E-Mail-Verarbeitung: FailedProcessing.',
    );
    service.recordTestResult(id, report(true));
    expect(english(lastTest()?.summary)).toBe('Signed in; INBOX holds 3 messages.');

    const imported = accountSettingsSchema.parse({ ...settings, validateSsl: false });
    await service.applyImport([{ settings: imported, review: ['certificateNotValidated'], replaceId: id }]);
    expect(service.get(id)).toMatchObject({ value: { reviewFlags: ['certificateNotValidated'], validateSsl: false } });
    await service.save({ id, settings: { ...settings, validateSsl: false } });
    expect(service.get(id).ok && service.get(id)).not.toHaveProperty('value.reviewFlags');
  });

  it('deletes an account', async () => {
    const service = new AccountsService(openAccountsFile(directory), new SecretsService(createAesTestCipher()));
    const saved = await service.save({ settings });
    if (!saved.ok) throw new Error('save failed');
    expect(service.delete(saved.value.account.id)).toEqual({ ok: true, value: { id: saved.value.account.id } });
    expect(service.list()).toEqual([]);
    expect(service.delete('missing')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('undoes a delete of this session: same id, same place, password still opens, written to the file', async () => {
    const service = new AccountsService(openAccountsFile(directory), new SecretsService(createAesTestCipher()));
    const names = ['Invoices', 'Credit memos', 'Orders'];
    const ids: string[] = [];
    for (const connectionName of names) {
      const saved = await service.save({ settings: { ...settings, connectionName }, password: CANARY });
      if (!saved.ok) throw new Error('save failed');
      ids.push(saved.value.account.id);
    }
    const middle = ids[1] as string;
    const before = service.get(middle);
    service.delete(middle);
    const restored = service.restore(middle);
    expect(restored).toEqual(before);
    expect(service.list().map((account) => account.connectionName)).toEqual(names);
    await expect(service.passwordFor(middle, settings)).resolves.toEqual({ ok: true, password: CANARY });
    // Written, not only in memory: the next start finds it.
    const reopened = new AccountsService(openAccountsFile(directory), new SecretsService(createAesTestCipher()));
    expect(reopened.list().map((account) => account.id)).toEqual(ids);
    // Once only, and never for an account that was not deleted in this session.
    expect(service.restore(middle)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(reopened.restore(middle)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('does not undo a delete over an account that took the name since, and keeps the undo for later', async () => {
    const service = new AccountsService(openAccountsFile(directory), new SecretsService(createAesTestCipher()));
    const saved = await service.save({ settings });
    if (!saved.ok) throw new Error('save failed');
    const { id } = saved.value.account;
    service.delete(id);
    const successor = await service.save({ settings: { ...settings, connectionName: 'INVOICES' } });
    if (!successor.ok) throw new Error('save failed');
    const refused = service.restore(id);
    expect(!refused.ok && english(refused.error.fieldErrors?.connectionName)).toMatch(/already/);
    expect(service.list()).toEqual([successor.value.account]);
    service.delete(successor.value.account.id);
    expect(service.restore(id)).toMatchObject({ ok: true, value: { id, connectionName: 'Invoices' } });
  });

  it('stores the password exactly as typed: spaces, quotes, backslashes, Unicode, 1,000 characters', async () => {
    const cipher = createAesTestCipher();
    const service = new AccountsService(openAccountsFile(directory), new SecretsService(cipher));
    const typed = `  "quoted" 'single' \\back\\slash ünïcödé 🔐 ${'x'.repeat(960)}  `;
    const saved = await service.save({ settings, password: typed });
    if (!saved.ok) throw new Error('save failed');
    const reloaded = new AccountsService(openAccountsFile(directory), new SecretsService(cipher));
    await expect(reloaded.passwordFor(saved.value.account.id, settings)).resolves.toEqual({
      ok: true,
      password: typed,
    });
  });

  it('does not put a resealed old password back over one saved while it was being opened', async () => {
    const cipher = createAesTestCipher();
    // Decryption waits until the test lets it finish, as a slow OS keyring would.
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = { ...cipher, decrypt: async (cipherText: Buffer) => (await gate, cipher.decrypt(cipherText)) };
    const service = new AccountsService(openAccountsFile(directory), new SecretsService(slow));
    const saved = await service.save({ settings, password: CANARY });
    if (!saved.ok) throw new Error('save failed');
    const { id } = saved.value.account;
    cipher.rotateKey();
    // The lookup reseals the old password (rotated key); the user saves a new one before it finishes.
    const looking = service.passwordFor(id, settings);
    expect((await service.save({ id, settings, password: 'the-new-password' })).ok).toBe(true);
    release();
    await expect(looking).resolves.toEqual({ ok: true, password: CANARY });
    const reloaded = new AccountsService(openAccountsFile(directory), new SecretsService(cipher));
    await expect(reloaded.passwordFor(id, settings)).resolves.toEqual({ ok: true, password: 'the-new-password' });
  });

  it('seals a password again when the OS rotated its key, and only then', async () => {
    const cipher = createAesTestCipher();
    const storage = openAccountsFile(directory);
    const service = new AccountsService(storage, new SecretsService(cipher));
    const saved = await service.save({ settings, password: CANARY });
    if (!saved.ok) throw new Error('save failed');
    const sealed = () =>
      (JSON.parse(readFileSync(storage.status.filePath, 'utf8')) as { accounts: { secret: { cipherText: string } }[] })
        .accounts[0]?.secret.cipherText;
    const before = sealed();
    cipher.rotateKey();
    await expect(service.passwordFor(saved.value.account.id, settings)).resolves.toEqual({
      ok: true,
      password: CANARY,
    });
    const after = sealed();
    expect(after).not.toBe(before);
    await expect(service.passwordFor(saved.value.account.id, settings)).resolves.toEqual({
      ok: true,
      password: CANARY,
    });
    expect(sealed()).toBe(after);
  });
});
