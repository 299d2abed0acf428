import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from '../support/axe';
import { openConsole, ribbonCommand, sendMenuCommand, settled, type OpenConsole } from '../support/browser';
import { saveRefusingAccounts } from '../support/stored-accounts';
import { createTestServices } from '../support/test-services';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
const DOCS = /^https:\/\/learn\.microsoft\.com\//;

describe('help where it is needed: F1, Help → Keyboard shortcuts, documentation links (Chromium)', () => {
  let directory: string;
  let app: OpenConsole;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-e2e-help-'));
    const services = createTestServices(directory);
    await saveRefusingAccounts(services.accounts, ['Nobody listens'], 'Help-Password');
    app = await openConsole(services.handlers, 'en-US');
    await app.page.goto(app.url);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('opens the help of the page shown with F1, and the shortcuts from there', async () => {
    const { page } = app;
    await page.getByText('Nobody listens', { exact: true }).first().waitFor();
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Help: Connect accounts' });
    await help.waitFor();
    const links = help.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    for (const link of await links.all()) {
      expect(await link.getAttribute('href')).toMatch(DOCS);
      expect(await link.getAttribute('target')).toBe('_blank');
    }
    await help.getByRole('link', { name: /^Set-ImapSettings/ }).waitFor();
    await settled(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'help-connect-accounts.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await help.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await shortcuts.waitFor();
    const row = (name: string) =>
      shortcuts.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
    await expect.poll(() => row('Save').innerText()).toContain('Ctrl+S');
    await expect.poll(() => row('Help for this page').innerText()).toContain('F1');
    await settled(page);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await shortcuts.waitFor({ state: 'detached' });
  });

  it('opens the Overview page’s help there, and Keyboard shortcuts from the Help menu without changing page', async () => {
    const { page } = app;
    await page.getByText('Overview', { exact: true }).first().click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.keyboard.press('F1');
    await page.getByRole('dialog', { name: 'Help: Overview' }).waitFor();
    await page.keyboard.press('Escape');
    await sendMenuCommand(page, 'keyboardShortcuts');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    // The sidebar's Help button is the way in for the mouse.
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    await page.getByRole('dialog', { name: 'Help: Overview' }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('links a failed test’s Exchange advice to the documentation it relies on', async () => {
    const { page } = app;
    await page.getByText('Connect accounts', { exact: true }).first().click();
    await page.getByText('Nobody listens', { exact: true }).filter({ visible: true }).first().click();
    await page.getByLabel(/^Server/).waitFor();
    await ribbonCommand(page, 'Test connection');
    const results = page.locator('[data-results]');
    const link = results.getByRole('link', { name: /^Enable and configure IMAP4 in Exchange Server/ });
    await link.waitFor({ timeout: 30_000 });
    expect(await link.getAttribute('href')).toMatch(DOCS);
    // The form's shared-mailbox advice links to the permission it needs.
    await page.getByRole('button', { name: 'Advanced' }).click();
    const permission = page.getByRole('link', { name: /^Add-MailboxPermission/ });
    expect(await permission.getAttribute('href')).toMatch(DOCS);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await results.getByRole('link', { name: /^IMAP4 in Exchange Server aktivieren und konfigurieren/ }).waitFor();
    await page.keyboard.press('F1');
    await page.getByRole('dialog', { name: 'Hilfe: Konten verbinden' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'help-connect-accounts-de.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  });
});
