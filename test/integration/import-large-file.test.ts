import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch, MAX_ARGUMENT_BYTES } from '../../src/main/ipc/dispatch';
import { accountsFilePath } from '../../src/core/accounts/accounts-file';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/accounts/stored-account';
import { IMPORT_MAX_ACCOUNTS } from '../../src/shared/transfer';
import { accountsFileText, storedAccounts } from '../support/stored-accounts';
import { replyInEnglish } from '../support/report-text';
import { createTestServices } from '../support/test-services';

/**
 * Import of any file the app can export: main opens and reads it, so an export of thousands of
 * accounts, far larger than one IPC message may be, goes through the same validated IPC as a small one.
 */
describe('import of a large export through IPC', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mc-import-large-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(`imports ${IMPORT_MAX_ACCOUNTS} accounts, a file far larger than one IPC message`, async () => {
    const sourceDir = path.join(root, 'source');
    mkdirSync(sourceDir);
    writeFileSync(
      accountsFilePath(sourceDir),
      accountsFileText({ schemaVersion: CURRENT_SCHEMA_VERSION, accounts: storedAccounts(IMPORT_MAX_ACCOUNTS) }),
    );
    const source = createTestServices(sourceDir);
    source.exportTarget.path = path.join(root, 'all.json');
    expect(await dispatch(source.handlers, 'exportAccounts', [{}])).toMatchObject({
      ok: true,
      value: { accounts: IMPORT_MAX_ACCOUNTS },
    });
    const bytes = statSync(source.exportTarget.path).size;
    expect(bytes).toBeGreaterThan(5 * MAX_ARGUMENT_BYTES);

    const target = createTestServices(path.join(root, 'target'));
    target.importSource.path = source.exportTarget.path;
    const chosen = await dispatch(target.handlers, 'chooseImportFile', []);
    expect(chosen).toMatchObject({ ok: true, value: { name: 'all.json', bytes } });
    const file = chosen.ok ? (chosen.value as { file: string }).file : '';
    const plan = await dispatch(target.handlers, 'previewImport', [{ file, existing: 'keep' }]);
    expect(plan.ok && (plan.value as { entries: unknown[] }).entries).toHaveLength(IMPORT_MAX_ACCOUNTS);
    expect(await dispatch(target.handlers, 'applyImport', [{ file, existing: 'keep' }])).toMatchObject({
      ok: true,
      value: { added: IMPORT_MAX_ACCOUNTS },
    });
    expect(target.accounts.list()).toHaveLength(IMPORT_MAX_ACCOUNTS);
    // Imported: the file is let go, and a stale token is refused instead of importing twice.
    expect(replyInEnglish(await dispatch(target.handlers, 'applyImport', [{ file, existing: 'keep' }]))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_FILE', message: 'The chosen file is no longer open: choose it again.' },
    });
  });

  it('choosing again, even cancelling the dialog, lets go of the file chosen before', async () => {
    const services = createTestServices(path.join(root, 'again'));
    const file = path.join(root, 'again.json');
    writeFileSync(file, '{}');
    services.importSource.path = file;
    const first = await dispatch(services.handlers, 'chooseImportFile', []);
    const token = first.ok ? (first.value as { file: string }).file : '';
    expect(
      replyInEnglish(await dispatch(services.handlers, 'previewImport', [{ file: token, existing: 'keep' }])),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_FILE', message: expect.not.stringContaining('choose it again') },
    });
    services.importSource.path = undefined;
    expect(await dispatch(services.handlers, 'chooseImportFile', [])).toEqual({ ok: true, value: null });
    expect(
      replyInEnglish(await dispatch(services.handlers, 'previewImport', [{ file: token, existing: 'keep' }])),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_FILE', message: 'The chosen file is no longer open: choose it again.' },
    });
  });

  it('a cancelled dialog chooses nothing; an oversized or unreadable file is refused by name, before reading', async () => {
    const services = createTestServices(path.join(root, 'refusals'));
    expect(await dispatch(services.handlers, 'chooseImportFile', [])).toEqual({ ok: true, value: null });
    const huge = path.join(root, 'huge.json');
    writeFileSync(huge, Buffer.alloc(6 * 1024 * 1024, 0x20));
    services.importSource.path = huge;
    expect(replyInEnglish(await dispatch(services.handlers, 'chooseImportFile', []))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_FILE', message: 'The file is 6.0 MB; an export is at most 5 MB. Is it the right file?' },
    });
    services.importSource.path = path.join(root, 'missing.json');
    expect(replyInEnglish(await dispatch(services.handlers, 'chooseImportFile', []))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_FILE', message: 'missing.json cannot be read (ENOENT).' },
    });
    // The window can only name a file main chose: any other token imports nothing.
    expect(await dispatch(services.handlers, 'previewImport', [{ file: 'made-up', existing: 'keep' }])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_FILE' },
    });
  });
});
