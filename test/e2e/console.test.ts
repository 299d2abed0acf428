import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAccessibilityViolations } from '../support/axe';
import {
  bindApi,
  launchChromium,
  renderedFonts,
  ribbonCommand,
  settled,
  visibleRibbonCommands,
} from '../support/browser';
import { TEST_USERS } from '../support/dovecot';
import { serveDirectory } from '../support/static-server';
import { createTestServices } from '../support/test-services';

const dovecot = inject('dovecot');
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
const RENDERER = path.resolve(import.meta.dirname, '../../out/renderer');

describe('the console in Chromium: failures, language, themes, accessibility', () => {
  let browser: Browser;
  let page: Page;
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let directory: string;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-e2e-console-'));
    const services = createTestServices(directory, { implicitTls: dovecot.imapsPort, plain: dovecot.imapPort });
    site = await serveDirectory(RENDERER);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });
    await bindApi(page, services.handlers);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.goto(site.url);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  /** Starts a new account; a form left behind tested but unsaved asks first, and is discarded. */
  const startNewAccount = async (discarding: boolean) => {
    await page
      .getByRole('button', { name: /^(New e-mail account|Neues E-Mail-Konto)$/ })
      .first()
      .click();
    if (discarding) {
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /^(Discard changes|Änderungen verwerfen)$/ })
        .click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
  };

  const fillAccount = async (fields: { server: string; port: number; name: string; encryption?: string }) => {
    await page.getByLabel(/^Server/).fill(fields.server);
    if (fields.encryption) await page.getByLabel(/^(Encryption|Verschlüsselung)/).selectOption(fields.encryption);
    await page.getByLabel(/^Port/).fill(String(fields.port));
    await page.getByLabel(/^(Connection name|Verbindungsname)/).fill(fields.name);
    await page.getByLabel(/^(E-mail address|E-Mail-Adresse)/).fill(TEST_USERS.empty.user);
    await page.getByLabel(/^(User name|Benutzername)/).fill(TEST_USERS.empty.user);
    await page.getByLabel(/^(Password|Kennwort)$/).fill(TEST_USERS.empty.password);
  };

  it('renders with the fonts the install script brings, and keeps the primary commands on the ribbon at 1280 px', async () => {
    await page.getByRole('button', { name: 'New e-mail account' }).first().waitFor();
    // Fluent's stack falls back to Roboto after Segoe UI; a layout measured with another font differs.
    expect(await renderedFonts(page, '[role="toolbar"] button')).toEqual(['Roboto']);
    expect(await visibleRibbonCommands(page)).toEqual(
      expect.arrayContaining(['New e-mail account', 'Save', 'Test connection', 'Detect settings']),
    );
  });

  it('shows a refused port and a login the server refuses in clear, with their hints', async () => {
    await startNewAccount(false);
    await fillAccount({ server: '127.0.0.1', port: 1, name: 'Refused' });
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText('The server refused the connection').waitFor({ timeout: 30_000 });
    await page.getByText(/Check the port; IMAP is usually 993/).waitFor();

    await fillAccount({
      server: dovecot.loginDisabledHost,
      port: dovecot.imapPort,
      name: 'Plain',
      encryption: 'notls',
    });
    await page.getByText('I understand that the password and mail travel unencrypted.').click();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText('The server refuses an unencrypted sign-in').waitFor({ timeout: 30_000 });
    await page.getByText('Use STARTTLS on port 143 or SSL on port 993.').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'connect-accounts-login-disabled.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('switches to German: the window, the validation and main’s test report follow', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await page.getByRole('button', { name: 'Neues E-Mail-Konto' }).first().waitFor();
    expect(await visibleRibbonCommands(page)).toEqual(
      expect.arrayContaining(['Neues E-Mail-Konto', 'Speichern', 'Verbindung testen', 'Einstellungen ermitteln']),
    );
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang,
      ),
    ).toBe('de');

    await startNewAccount(true);
    await page.getByLabel(/^Server/).fill('imaps://mail.contoso.local');
    await page.getByLabel(/^Verbindungsname/).click();
    await page.getByText('Geben Sie nur den Hostnamen ein, ohne Schema wie imap:// oder https://.').waitFor();

    await fillAccount({ server: '127.0.0.1', port: 1, name: 'Abgelehnt' });
    await page.getByRole('button', { name: 'Verbindung testen' }).click();
    await page.getByText('Der Server hat die Verbindung abgelehnt').waitFor({ timeout: 30_000 });
    await page
      .getByText(/hat die Verbindung abgelehnt: Auf diesem Port lauscht nichts\./)
      .first()
      .waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'connect-accounts-de.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('follows the dark theme of the system, in German and in English, without accessibility violations', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Übersicht' }).click();
    await page.getByRole('heading', { name: 'Übersicht' }).waitFor();
    await settled(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'overview-de-dark.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.getByRole('button', { name: 'Connect accounts' }).first().click();
    await settled(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'connect-accounts-dark.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A Windows contrast theme (forced colours) switches Fluent to its high-contrast theme.
    await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'active' });
    await page.locator('[data-theme="highContrast"]').waitFor();
    await settled(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'connect-accounts-high-contrast.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  });

  it('keeps working at 1024×700 and at 150 % scaling', async () => {
    const small = await browser.newPage({ viewport: { width: 1024, height: 700 }, deviceScaleFactor: 1.5 });
    try {
      await bindApi(small, createTestServices(mkdtempSync(path.join(directory, 'small-'))).handlers);
      await small.goto(site.url);
      await small.getByRole('button', { name: 'New e-mail account' }).first().click();
      await small.getByLabel(/^Server/).waitFor();
      // Nothing wider than the window: no horizontal scrolling of the whole page.
      const overflow = await small.evaluate(() => {
        const root = (
          globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
        ).document.documentElement;
        return root.scrollWidth - root.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
      await small.screenshot({ path: path.join(SCREENSHOTS, 'connect-accounts-1024x700.png') });
      expect(await seriousAccessibilityViolations(small)).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('detects the settings of a server without logging in and takes the proposal into the form', async () => {
    await page.getByRole('button', { name: 'New e-mail account' }).first().click();
    const discard = page.getByRole('dialog').getByRole('button', { name: 'Discard changes' });
    await discard.click();
    await page.getByLabel(/^Server/).fill('localhost');
    await page.getByLabel(/^Encryption/).selectOption('notls');
    await ribbonCommand(page, 'Detect settings');
    await page.getByText(/^Proposed: TLS on port \d+$/).waitFor({ timeout: 30_000 });
    await page.getByText(/^SSL\/TLS on \d+$/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'connect-accounts-detect.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Use these settings' }).click();
    expect(await page.getByLabel(/^Encryption/).inputValue()).toBe('tls');
    expect(await page.getByLabel(/^Port/).inputValue()).toBe(String(dovecot.imapsPort));
  });
});
