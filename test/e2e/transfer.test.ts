import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from '../support/axe';
import { openConsole, ribbonCommand, sendMenuCommand, settled, type OpenConsole, accountRow } from '../support/browser';
import { createTestServices } from '../support/test-services';
import { english } from '../support/report-text';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
const PASSWORD = 'Transfer-Canary-Password-9931';
const PASSPHRASE = 'blue staple seven lakes';

describe('Export and import in Chromium, against the real handlers', () => {
  let app: OpenConsole;
  let page: Page;
  let directory: string;
  let services: ReturnType<typeof createTestServices>;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-e2e-transfer-'));
    services = createTestServices(directory);
    const base = { port: 993, validateSsl: true, emailAddress: 'scan@contoso.com', userName: 'CONTOSO\\scan' };
    for (const settings of [
      { ...base, server: 'mail.contoso.local', encryption: 'ssl' as const, connectionName: 'Invoices – Zürich' },
      {
        ...base,
        server: '10.0.0.9',
        port: 143,
        encryption: 'none' as const,
        insecureAcknowledged: true,
        connectionName: 'Legacy',
      },
    ]) {
      const saved = await services.accounts.save({ settings, password: PASSWORD });
      if (!saved.ok) throw new Error(english(saved.error.message));
    }
    app = await openConsole(services.handlers);
    page = app.page;
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('exports chosen accounts with passwords sealed by a passphrase typed twice', async () => {
    await page.goto(app.url);
    await ribbonCommand(page, 'Export');
    const dialog = page.getByRole('dialog', { name: 'Export accounts' });
    await dialog.getByRole('checkbox', { name: 'All accounts (2)' }).waitFor();
    await dialog.getByRole('switch', { name: 'Include passwords, encrypted with a passphrase' }).click();
    await dialog.getByLabel('Passphrase', { exact: true }).fill('too short');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByText('Use at least 10 characters').waitFor();
    await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await dialog.getByLabel('Repeat the passphrase').fill(`${PASSPHRASE}!`);
    await dialog.getByText('The two passphrases differ.').waitFor();
    await dialog.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    await settled(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'export-accounts.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    services.exportTarget.path = path.join(directory, 'handover.json');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await page.getByText(`Exported 2 accounts to ${services.exportTarget.path} (2 with password).`).waitFor();
    const text = readFileSync(services.exportTarget.path, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ passwords: 'encrypted', accounts: [{}, {}] });
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(Buffer.from(PASSWORD).toString('base64'));
  });

  it('imports: asks for the passphrase, shows what it adds and skips and why, flags insecure settings', async () => {
    const legacy = services.accounts.list().find((account) => account.connectionName === 'Legacy');
    services.accounts.delete(legacy?.id as string);
    await page.reload();
    await accountRow(page, /^Invoices – Zürich/).waitFor();
    await sendMenuCommand(page, 'import');
    const dialog = page.getByRole('dialog', { name: 'Import accounts' });
    // Main opens and reads the file: the open dialog answers with the export written above.
    services.importSource.path = services.exportTarget.path;
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await dialog.getByText('This file contains encrypted passwords').waitFor();
    await dialog.getByLabel('Passphrase of the export').fill('wrong passphrase');
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByText('The passphrase is wrong. Nothing was imported.').waitFor();
    await dialog.getByLabel('Passphrase of the export').fill(PASSPHRASE);
    await dialog.getByLabel('Passphrase of the export').press('Enter');
    const plan = dialog.getByRole('list', { name: 'What the import does' });
    await plan.getByText('new on this computer · with password').waitFor();
    // Keeping what is here is the default; replacing is the user's choice.
    await plan.getByText('an account with this name exists and is kept').waitFor();
    await dialog.getByRole('radio', { name: /^Replace/ }).check();
    await plan.getByText('replaces the account of the same name · with password').waitFor();
    await plan.getByText('Unencrypted').waitFor();
    await settled(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-accounts.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await dialog.getByRole('radio', { name: 'Keep existing accounts, skip those in the file' }).check();
    await plan.getByText('an account with this name exists and is kept').waitFor();
    await dialog.getByRole('button', { name: 'Import (1)' }).click();
    await page.getByText('Imported: 1 added, 0 replaced, 1 skipped. Check the security settings of: Legacy.').waitFor();
    await accountRow(page, /^Legacy/)
      .getByText('review')
      .waitFor();
    const imported = services.accounts.list().find((account) => account.connectionName === 'Legacy');
    expect(imported).toMatchObject({ hasPassword: true, insecureAcknowledged: false, reviewFlags: ['unencrypted'] });
    expect(imported?.lastTest).toBeUndefined();
    await accountRow(page, /^Legacy/).click();
    await page
      .getByText('Imported with security settings to check (Unencrypted). Check them, then save to confirm.')
      .waitFor();
  });
});
