import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli-in-process';
import { accountsFilePath } from '../../src/core/accounts/accounts-file';
import { LOCK_NAME, lockDataFolder } from '../../src/core/accounts/data-folder-lock';
import { newAccountDefaults } from '../../src/shared/account';
import { createTestServices } from '../support/test-services';
import { english } from '../support/report-text';

const defaults = { ...newAccountDefaults(), server: 'mail.contoso.local', port: 993 };

const cli = (argv: string[]) => cliInProcess(argv);

describe('one writer per data folder (proper-lockfile)', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mc-lock-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const exportFile = async (name: string): Promise<string> => {
    const services = createTestServices(path.join(root, `source-${name}`));
    const saved = await services.accounts.save({
      settings: { ...defaults, connectionName: name, emailAddress: 'scan@contoso.com', userName: 'scanner' },
      password: 'not exported',
    });
    if (!saved.ok) throw new Error(english(saved.error.message));
    const file = path.join(root, `${name}.json`);
    writeFileSync(file, (await services.transfer.exportText(undefined, undefined)).text);
    return file;
  };

  it('a command-line import into a folder the app holds is refused and writes nothing', async () => {
    const dataDir = path.join(root, 'app-running');
    const services = createTestServices(dataDir);
    await services.accounts.save({
      settings: { ...defaults, connectionName: 'Kept', emailAddress: 'kept@contoso.com', userName: 'kept' },
      password: 'secret',
    });
    const before = readFileSync(accountsFilePath(dataDir), 'utf8');
    const file = await exportFile('Incoming');
    const app = await lockDataFolder(dataDir);
    if (!app.ok) throw new Error(app.code);
    try {
      const refused = await cli(['import', '--data-dir', dataDir, '--file', file]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe(
        `The data folder ${dataDir} is in use by Mailbox Connect (the app, or another import or test-all). Close the app, then run import again.\n`,
      );
      expect(readFileSync(accountsFilePath(dataDir), 'utf8')).toBe(before);
      // A dry run only reads: it may run beside the app.
      expect((await cli(['import', '--data-dir', dataDir, '--file', file, '--dry-run'])).code).toBe(0);
    } finally {
      await app.lock.release();
    }
    const imported = await cli(['import', '--data-dir', dataDir, '--file', file]);
    expect(imported.code).toBe(0);
    expect(readFileSync(accountsFilePath(dataDir), 'utf8')).toContain('Incoming');
    // The import released its lock: the app can take it again.
    const again = await lockDataFolder(dataDir);
    expect(again.ok).toBe(true);
    if (again.ok) await again.lock.release();
  });

  it('a lock left by a crashed holder is taken over once stale; a live one is not', async () => {
    const dataDir = path.join(root, 'stale');
    mkdirSync(path.join(dataDir, LOCK_NAME), { recursive: true });
    expect(await lockDataFolder(dataDir)).toMatchObject({ ok: false, reason: 'in-use' });
    const longAgo = new Date(Date.now() - 5 * 60_000);
    utimesSync(path.join(dataDir, LOCK_NAME), longAgo, longAgo);
    const taken = await lockDataFolder(dataDir);
    expect(taken.ok).toBe(true);
    if (taken.ok) await taken.lock.release();
    expect(existsSync(path.join(dataDir, LOCK_NAME))).toBe(false);
  });

  it('a folder that cannot hold a lock is "unavailable", not "in use"', async () => {
    expect(await lockDataFolder(path.join(root, 'missing', 'folder'))).toMatchObject({
      ok: false,
      reason: 'unavailable',
    });
  });
});
