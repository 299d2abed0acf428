import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestServices } from '../support/test-services';
import type { AccountsService } from '../../src/core/accounts/accounts-service';
import { bindApi, launchChromium, ribbonCommand, sendMenuCommand, settled, accountRow } from '../support/browser';
import { TEST_USERS } from '../support/dovecot';
import { serveDirectory } from '../support/static-server';

const dovecot = inject('dovecot');
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
const RENDERER = path.resolve(import.meta.dirname, '../../out/renderer');

describe('Connect accounts in Chromium, against the real handlers and Dovecot', () => {
  let browser: Browser;
  let page: Page;
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let directory: string;
  let accounts: AccountsService;
  let clipboard: string[];

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-e2e-'));
    const services = createTestServices(directory);
    accounts = services.accounts;
    clipboard = services.clipboard;
    site = await serveDirectory(RENDERER);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await bindApi(page, services.handlers);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('creates an account, saves it and tests it successfully', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(site.url);
    await page.getByRole('button', { name: 'New e-mail account' }).click();
    // As the seed's step 4 says: select IMAP under Connection method.
    await page.getByRole('combobox', { name: 'Connection method' }).selectOption('imap');
    await page.getByLabel('Server').fill('localhost');
    await page.getByLabel('Port').fill(String(dovecot.imapsPort));
    await expect.poll(() => page.getByLabel('Encryption').inputValue()).toBe('ssl');
    await page.getByLabel('Connection name').fill('Invoices – head office');
    await page.getByLabel('E-mail address').fill(TEST_USERS.invoices.user);
    await page.getByLabel('User name').fill(TEST_USERS.invoices.user);
    await page.getByLabel('Password', { exact: true }).fill(TEST_USERS.invoices.password);

    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved “Invoices – head office”.').waitFor();
    expect(accounts.list()).toMatchObject([
      { connectionName: 'Invoices – head office', hasPassword: true, port: dovecot.imapsPort },
    ]);
    await expect.poll(() => page.getByLabel('Password', { exact: true }).inputValue()).toBe('');

    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText('Connection succeeded').waitFor({ timeout: 30_000 });
    await page
      .getByText(`${TEST_USERS.invoices.messages} messages, ${TEST_USERS.invoices.messages} unseen`)
      .first()
      .waitFor();
    expect(accounts.list()[0]?.lastTest).toMatchObject({ ok: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'connect-accounts-test-succeeded.png') });

    expect(errors).toEqual([]);
  });

  it('shows field errors on Save and keeps what was typed', async () => {
    await page.getByRole('button', { name: 'New e-mail account' }).click();
    await page.getByLabel('Server').fill('imaps://mail.contoso.local:993');
    await page.getByLabel('Connection name').fill('invoices – HEAD office');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter only the host name, without a scheme').waitFor();
    await page.getByText('Another account already has this connection name.').waitFor();
    expect(await page.getByLabel('Server').inputValue()).toBe('imaps://mail.contoso.local:993');
    expect(accounts.list()).toHaveLength(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'connect-accounts-field-errors.png') });
  });

  it('guards unsaved changes, duplicates an account without its password, and deletes only after confirmation', async () => {
    // The previous test left a new account with typed, unsaved values: leaving it asks first.
    const openSaved = () =>
      accountRow(page, /Invoices – head office/)
        .first()
        .click();
    await openSaved();
    const discard = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
    await discard.waitFor();
    await discard.getByRole('button', { name: 'Keep editing' }).click();
    await discard.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Server').inputValue()).toBe('imaps://mail.contoso.local:993');
    await openSaved();
    await discard.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('heading', { name: 'Invoices – head office' }).waitFor();
    await ribbonCommand(page, 'Duplicate');
    await page.getByText('Created “Invoices – head office (copy)”. Enter its password before testing.').waitFor();
    expect(accounts.list().map((account) => [account.connectionName, account.hasPassword])).toEqual([
      ['Invoices – head office', true],
      ['Invoices – head office (copy)', false],
    ]);

    await ribbonCommand(page, 'Delete');
    const dialog = page.getByRole('dialog', { name: 'Delete “Invoices – head office (copy)”?' });
    await dialog.waitFor();
    await settled(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'connect-accounts-confirm-delete.png') });
    // The safe choice has the focus: Enter on a dialog that appeared under the user's fingers deletes nothing.
    const focused = (attribute: string) => page.evaluate(`document.activeElement?.getAttribute('${attribute}')`);
    await expect.poll(() => focused('data-safe-choice')).toBe('true');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(accounts.list()).toHaveLength(2);
    // And the focus is back where the user was.
    await expect.poll(() => focused('data-command')).toBe('delete');

    await ribbonCommand(page, 'Delete');
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Deleted “Invoices – head office (copy)”.').waitFor();
    expect(accounts.list().map((account) => account.connectionName)).toEqual(['Invoices – head office']);

    // Undoable for the session: the account comes back as it was, and opens.
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Restored “Invoices – head office (copy)”.').waitFor();
    expect(accounts.list().map((account) => account.connectionName)).toEqual([
      'Invoices – head office',
      'Invoices – head office (copy)',
    ]);
    await expect.poll(() => page.getByLabel(/^Connection name/).inputValue()).toBe('Invoices – head office (copy)');

    // Revert changes: the edits go, the saved settings are back, nothing is written.
    await page.getByLabel(/^Connection name/).fill('Renamed by mistake');
    await page.getByText('Unsaved changes', { exact: true }).waitFor();
    await ribbonCommand(page, 'Revert changes');
    await expect.poll(() => page.getByLabel(/^Connection name/).inputValue()).toBe('Invoices – head office (copy)');
    await page.getByText('Unsaved changes', { exact: true }).waitFor({ state: 'detached' });
    // Then deleted for good, so the tests after this one find one account.
    await ribbonCommand(page, 'Delete');
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Deleted “Invoices – head office (copy)”.').waitFor();
  });

  it('runs the ribbon commands from the keyboard and from the application menu', async () => {
    await page
      .getByRole('link', { name: 'Overview' })
      .or(page.getByText('Overview', { exact: true }))
      .first()
      .click();
    await sendMenuCommand(page, 'newAccount');
    await page.getByRole('heading', { name: 'New e-mail account' }).waitFor();
    await page.getByLabel('Server').fill('mail.contoso.local');
    await page.getByLabel('Connection name').fill('Keyboard');
    await page.getByLabel('E-mail address').fill('keyboard@contoso.com');
    await page.getByLabel('User name').fill('CONTOSO\\keyboard');
    await page.keyboard.press('Control+s');
    await page.getByText('Saved “Keyboard”.').waitFor();
    expect(accounts.list().map((account) => account.connectionName)).toContain('Keyboard');
    await page.keyboard.press('Control+n');
    await page.getByRole('heading', { name: 'New e-mail account' }).waitFor();
    expect(await page.getByLabel('Connection name').inputValue()).toBe('');
  });

  it('trusts a self-signed certificate by its fingerprint, then signs in, and copies diagnostics without the password', async () => {
    const user = TEST_USERS.empty;
    await page.getByRole('button', { name: 'New e-mail account' }).click();
    await page.getByLabel('Server').fill(dovecot.selfSignedHost);
    await page.getByLabel('Port').fill(String(dovecot.imapsPort));
    await page.getByLabel('Connection name').fill('Exchange self-signed');
    await page.getByLabel('E-mail address').fill(user.user);
    await page.getByLabel('User name').fill(user.user);
    await page.getByLabel('Password', { exact: true }).fill(user.password);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText("The server's certificate is not trusted").waitFor({ timeout: 30_000 });
    const card = page.getByRole('group', { name: 'Server certificate' }).or(page.getByLabel('Server certificate'));
    await card.getByText('CN=exchange.selfsigned.test').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'connect-accounts-untrusted-certificate.png') });

    await page.getByRole('button', { name: 'Trust this certificate' }).click();
    await page.getByLabel('Trusted certificate fingerprint').waitFor();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText('Connection succeeded').waitFor({ timeout: 30_000 });
    await page.getByText('trusted by fingerprint', { exact: true }).waitFor();

    await page.getByRole('region', { name: 'Test result' }).getByRole('button', { name: 'Copy diagnostics' }).click();
    await page.getByText('The diagnostics (without the password) are on the clipboard.').waitFor();
    const copied = clipboard.at(-1) ?? '';
    expect(copied).toMatch(/Result: OK/);
    expect(copied).toMatch(/Trust: pinned ([0-9A-F]{2}:){31}[0-9A-F]{2}/);
    expect(copied).not.toContain(user.password);

    await page.keyboard.press('Control+s');
    await page.getByText('Saved “Exchange self-signed”.').waitFor();
    const saved = accounts.list().find((account) => account.connectionName === 'Exchange self-signed');
    expect(saved?.trustedFingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });

  it('edits a saved account: the new name is saved and listed, the stored password kept', async () => {
    await accountRow(page, /^Keyboard/).click();
    await page.getByRole('heading', { name: 'Keyboard' }).waitFor();
    await page.getByLabel(/^Connection name/).fill('Keyboard – renamed');
    await page.getByText('Unsaved changes', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved “Keyboard – renamed”.').waitFor();
    await accountRow(page, /^Keyboard – renamed/).waitFor();
    expect(accounts.list().map((account) => account.connectionName)).toContain('Keyboard – renamed');
    expect(await page.getByText('Unsaved changes', { exact: true }).count()).toBe(0);
  });

  it('shows whether the mailbox is ready for document processing and creates missing folders after confirmation', async () => {
    const user = TEST_USERS.processing;
    await page.getByRole('button', { name: 'New e-mail account' }).click();
    await page.getByLabel('Server').fill('localhost');
    await page.getByLabel('Port').fill(String(dovecot.imapsPort));
    await page.getByLabel('Connection name').fill('Scanner – processing');
    await page.getByLabel('E-mail address').fill(user.user);
    await page.getByLabel('User name').fill(user.user);
    await page.getByLabel('Password', { exact: true }).fill(user.password);
    // The processing folders live under Advanced, closed while they hold the defaults.
    await page.getByRole('button', { name: 'Advanced' }).click();
    await page.getByLabel('Folder for processed mail').fill('Rechnungen – erledigt');
    await page.getByLabel('Folder for mail that failed').fill('Rechnungen – Fehler');
    await page.getByRole('button', { name: 'Test connection' }).click();
    const readiness = page.getByRole('region', { name: 'Ready for document processing?' });
    const folder = (name: string) => readiness.getByRole('listitem').filter({ hasText: name });
    await folder('Rechnungen – erledigt').getByText('missing', { exact: true }).waitFor({ timeout: 30_000 });
    await readiness.getByText(/Last 30 days: 1 message in INBOX, 0 with documents/).waitFor();

    await readiness.getByRole('button', { name: 'Create missing folders' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create the missing folders?' });
    await dialog.getByText(/creates: Rechnungen – erledigt, Rechnungen – Fehler/).waitFor();
    await dialog.getByRole('button', { name: 'Create folders' }).click();
    await folder('Rechnungen – Fehler').getByText('created now, and it can be opened').waitFor({ timeout: 30_000 });
    expect(await readiness.getByRole('button', { name: 'Create missing folders' }).count()).toBe(0);
    await settled(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'connect-accounts-mailbox-readiness.png') });

    await page.keyboard.press('Control+s');
    await page.getByText('Saved “Scanner – processing”.').waitFor();
    expect(accounts.list().find((account) => account.connectionName === 'Scanner – processing')).toMatchObject({
      successFolder: 'Rechnungen – erledigt',
      failedFolder: 'Rechnungen – Fehler',
    });
  });

  it('cancels unloading while an edit is unsaved (main then asks), and not otherwise', async () => {
    // The event Chromium raises when the window closes; Electron turns a cancelled one into
    // will-prevent-unload, whose question is tested with the mocked electron (window.test.ts).
    const unloadCancelled = () =>
      page.evaluate(() => {
        const event = new Event('beforeunload', { cancelable: true });
        (globalThis as unknown as { dispatchEvent: (event: Event) => boolean }).dispatchEvent(event);
        return event.defaultPrevented;
      });
    expect(await unloadCancelled()).toBe(false);
    await page.getByLabel(/^Connection name/).fill('Keyboard – unsaved');
    await page.getByText('Unsaved changes', { exact: true }).waitFor();
    expect(await unloadCancelled()).toBe(true);
  });
});
