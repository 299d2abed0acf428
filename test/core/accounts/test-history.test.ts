import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountsFilePath, openAccountsFile } from '../../../src/core/accounts/accounts-file';
import { AccountsService } from '../../../src/core/accounts/accounts-service';
import { readAccountsDocument } from '../../../src/core/accounts/read-accounts-document';
import { TEST_HISTORY_LENGTH } from '../../../src/core/accounts/stored-account';
import { SecretsService } from '../../../src/core/secrets';
import { TransferService } from '../../../src/core/transfer/transfer-service';
import { createAesTestCipher } from '../../support/aes-test-cipher';
import { failedReport, sampleReport, SAMPLE_FINGERPRINT } from '../../support/sample-report';
import { accountsFileText, storedAccounts } from '../../support/stored-accounts';

const lastTest = {
  at: '2026-11-20T10:00:00.000Z',
  ok: false,
  code: 'AUTH_FAILED',
  summary: { key: 'failure.authFailed.message' },
};

describe('the test history of each account (accounts file format 3)', () => {
  let directory: string;
  let ticks: number;
  const clock = () => new Date(Date.UTC(2026, 10, 26, 6, 0, ticks++));
  beforeEach(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-history-'));
    ticks = 0;
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));
  const open = () => openAccountsFile(directory, { clock });
  const serviceOn = (storage: ReturnType<typeof open>) =>
    new AccountsService(storage, new SecretsService(createAesTestCipher()), clock);
  const onDisk = () =>
    JSON.parse(readFileSync(accountsFilePath(directory), 'utf8')) as {
      schemaVersion: number;
      accounts: Record<string, unknown>[];
    };

  it('takes a format 2 file to format 3: every field kept, the last test becomes the first history entry', () => {
    const [tested, untested] = storedAccounts(2);
    const text = accountsFileText({ schemaVersion: 2, accounts: [{ ...tested, lastTest }, untested] });
    writeFileSync(accountsFilePath(directory), text);
    const storage = open();
    expect(storage.accounts).toEqual([
      { ...tested, lastTest, testHistory: [{ at: lastTest.at, ok: false, code: 'AUTH_FAILED' }] },
      untested,
    ]);
    // Nothing lost: what format 2 held is on disk as it was, beside the new history.
    const written = onDisk();
    expect(written.schemaVersion).toBe(3);
    expect(written.accounts[0]).toEqual({ ...tested, lastTest, testHistory: [expect.any(Object)] });
    expect(written.accounts[1]).toEqual(untested);
    expect(readdirSync(directory)).toContain('accounts.format-2-2026-11-26T06-00-00-000Z.json');
  });

  it('reads a format 3 file back exactly as written', () => {
    const [account] = storedAccounts(1);
    const testHistory = [{ at: lastTest.at, ok: true, fingerprint: SAMPLE_FINGERPRINT }];
    const reading = readAccountsDocument(
      accountsFileText({ schemaVersion: 3, accounts: [{ ...account, testHistory }] }),
    );
    expect(reading).toEqual({ kind: 'intact', accounts: [{ ...account, testHistory }] });
  });

  it('keeps an account whose history was made too long by hand, with its newest entries', () => {
    const [account] = storedAccounts(1);
    const testHistory = Array.from({ length: 14 }, (_, index) => ({ at: `2026-11-${10 + index}`, ok: true }));
    const reading = readAccountsDocument(
      accountsFileText({ schemaVersion: 3, accounts: [{ ...account, testHistory }] }),
    );
    expect(reading.kind === 'intact' && reading.accounts[0]?.testHistory).toEqual(testHistory.slice(0, 10));
  });

  it('records each test first in the history with its code and certificate, keeping the last ten', async () => {
    const storage = open();
    const service = serviceOn(storage);
    const [settings] = storedAccounts(1);
    const saved = await service.save({ settings: { ...settings!, port: String(settings!.port) } });
    if (!saved.ok) throw new Error('not saved');
    const id = saved.value.account.id;
    service.recordTestResult(id, failedReport());
    for (let test = 0; test < TEST_HISTORY_LENGTH; test += 1) service.recordTestResult(id, sampleReport());
    const history = service.stored()[0]?.testHistory ?? [];
    expect(history).toHaveLength(TEST_HISTORY_LENGTH);
    expect(history[0]).toEqual({ at: '2026-11-26T06:00:11.000Z', ok: true, fingerprint: SAMPLE_FINGERPRINT });
    // The failure was the eleventh from the end: it dropped out, the newest ten stay.
    expect(history.some((entry) => !entry.ok)).toBe(false);
    service.recordTestResult(id, failedReport());
    expect(service.stored()[0]?.testHistory?.[0]).toMatchObject({ ok: false, code: 'AUTH_FAILED' });
    expect(onDisk().accounts[0]?.testHistory).toHaveLength(TEST_HISTORY_LENGTH);
    // The window sees the last test, not the history.
    expect(service.list()[0]).not.toHaveProperty('testHistory');
  });

  it('leaves the history out of an export and out of a duplicate', async () => {
    const storage = open();
    const service = serviceOn(storage);
    const [settings] = storedAccounts(1);
    const saved = await service.save({ settings: { ...settings!, port: String(settings!.port) } });
    if (!saved.ok) throw new Error('not saved');
    service.recordTestResult(saved.value.account.id, sampleReport());
    const exported = await new TransferService(service, clock, 'test').exportText(undefined, undefined);
    expect(exported.text).not.toContain('testHistory');
    expect(exported.text).not.toContain(SAMPLE_FINGERPRINT);
    const copy = service.duplicate(saved.value.account.id, 'copy');
    expect(copy.ok && service.stored().find((account) => account.id === copy.value.id)).not.toHaveProperty(
      'testHistory',
    );
  });
});
