import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAccessibilityViolations } from '../support/axe';
import { accountRow, openConsole, pageHtml, settled, type OpenConsole } from '../support/browser';
import { createPfxFiles, PFX_PASSWORD } from '../support/pfx-files';
import { createTestServices } from '../support/test-services';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
const certificates = inject('dovecot').certificates;
const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const SECRET = 'Zx8Q~e2e-client-secret-canary-41c7';
const NAME = 'Invoices (Microsoft 365)';

describe('the Microsoft 365 methods in the window, in Chromium against the real handlers', () => {
  let directory: string;
  let services: ReturnType<typeof createTestServices>;
  let app: OpenConsole;
  let page: Page;
  const keyPem = readFileSync(certificates.selfSignedKeyFile, 'utf8');
  const appPem = `${keyPem}\n${readFileSync(certificates.selfSignedCertFile, 'utf8')}`;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-e2e-m365-'));
    services = createTestServices(directory);
    const certificateFile = path.join(directory, 'mailbox-connect-app.pem');
    writeFileSync(certificateFile, appPem);
    services.certificateSource.path = certificateFile;
    app = await openConsole(services.handlers, 'en-US');
    page = app.page;
    await page.goto(app.url);
  });

  afterAll(async () => {
    await app?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('changes the form with the method, saves the app registration and keeps the secret masked', async () => {
    await page.getByRole('button', { name: 'New e-mail account' }).click();
    await page.getByLabel('Connection method').selectOption('imap-oauth');
    await page.getByLabel('Tenant').waitFor();
    expect(await page.getByLabel('User name').count()).toBe(0);
    expect(await page.getByLabel('Microsoft cloud').inputValue()).toBe('global');

    await page.getByLabel('Connection name').fill(NAME);
    await page.getByLabel('E-mail address').fill('invoices@contoso.com');
    await page.getByLabel('Tenant').fill('contoso.onmicrosoft.com');
    await page.getByLabel('Application (client) ID').fill(CLIENT_ID);
    const secret = page.getByLabel('Client secret value');
    await secret.fill(SECRET);
    expect(await secret.getAttribute('type')).toBe('password');
    await page.getByLabel('Mailbox').fill('invoices@contoso.com');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`Saved “${NAME}”.`).waitFor();

    // Saved: the field is empty again, and says a secret is stored; the window never gets it back.
    expect(await secret.inputValue()).toBe('');
    await page.getByText('A client secret is stored; leave empty to keep it.').waitFor();
    expect(await pageHtml(page)).not.toContain(SECRET);
    const [saved] = services.accounts.list();
    if (!saved) throw new Error('nothing saved');
    expect(saved).toMatchObject({
      method: 'imap-oauth',
      server: 'outlook.office365.com',
      port: 993,
      encryption: 'tls',
      tenant: 'contoso.onmicrosoft.com',
      clientId: CLIENT_ID,
      clientCredential: 'secret',
      authorityHost: 'login.microsoftonline.com',
    });
    expect(await services.accounts.passwordFor(saved.id, saved)).toEqual({ ok: true, password: SECRET });
  });

  it('reopened, shows the method in words in the list and "stored" at the secret; axe finds nothing', async () => {
    await page.reload();
    const row = accountRow(page, new RegExp(NAME.replace(/[()]/g, '\\$&')));
    await row.waitFor();
    const tag = row.locator('[data-method-tag="imap-oauth"]');
    expect(await tag.innerText()).toBe('OAuth');
    expect(await tag.getAttribute('title')).toBe('IMAP with OAuth 2.0 (Microsoft 365)');
    await row.click();
    await page.getByText('A client secret is stored; leave empty to keep it.').waitFor();
    expect(await page.getByLabel('Connection method').inputValue()).toBe('imap-oauth');
    expect(await page.getByLabel('Client secret value').inputValue()).toBe('');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The form from its method down: the cloud and the app registration this method brings.
    await page
      .getByLabel('Connection method')
      .evaluate((field) =>
        (field as unknown as { closest: (selector: string) => { scrollIntoView: (options: object) => void } })
          .closest('form')
          .scrollIntoView({ block: 'start' }),
      );
    await settled(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'm365-form-en.png') });
  });

  it('takes a certificate through main’s dialog: the window shows its thumbprint, main seals the PEM', async () => {
    await page.getByRole('radio', { name: 'Certificate' }).check();
    await page.getByRole('button', { name: 'Choose certificate…' }).click();
    await page.getByText(/^Thumbprint \(SHA-1\): [0-9A-F]{40}$/).waitFor();
    await page.getByText('mailbox-connect-app.pem chosen; it is stored when you save.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`Saved “${NAME}”.`).waitFor();
    const [saved] = services.accounts.list();
    if (!saved) throw new Error('nothing saved');
    expect(saved.clientCredential).toBe('certificate');
    expect(await services.accounts.passwordFor(saved.id, saved)).toEqual({ ok: true, password: appPem });
    // Not a line of the key in the page, nor in anything the page was told.
    const html = await pageHtml(page);
    expect(html).not.toContain('PRIVATE KEY');
    for (const line of keyPem.split('\n').filter((text) => text.length > 20 && !text.startsWith('-----')))
      expect(html).not.toContain(line);
  });

  it('opens a PFX with its password at the certificate field: a wrong one said there, the right one sent once', async () => {
    const pfx = createPfxFiles(directory, certificates.selfSignedCertFile, certificates.selfSignedKeyFile);
    services.certificateSource.path = pfx.aes;
    await page.getByRole('button', { name: 'Choose another certificate…' }).click();
    const password = page.getByLabel('Password of the PFX file');
    await password.waitFor();
    expect(await password.getAttribute('type')).toBe('password');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await password.fill('Falsches-Passwort-1');
    await password.press('Enter');
    await page.getByText('The password does not open the PFX file.').waitFor();
    expect(await password.inputValue()).toBe('');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await password.fill(PFX_PASSWORD);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByText('app-aes.pfx chosen; it is stored when you save.').waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`Saved “${NAME}”.`).waitFor();
    const [saved] = services.accounts.list();
    if (!saved) throw new Error('nothing saved');
    const sealed = await services.accounts.passwordFor(saved.id, saved);
    expect(sealed.ok && sealed.password.startsWith('-----BEGIN PRIVATE KEY-----')).toBe(true);
    const html = await pageHtml(page);
    expect(html).not.toContain(PFX_PASSWORD);
    expect(html).not.toContain('PRIVATE KEY');
  });

  it('in German, with Microsoft’s portal terms', async () => {
    const german = await openConsole(services.handlers, 'de-DE');
    try {
      await german.page.goto(german.url);
      const row = accountRow(german.page, new RegExp(NAME.replace(/[()]/g, '\\$&')));
      await row.click();
      await german.page.getByLabel('Mandant').waitFor();
      await german.page.getByLabel('Anwendungs-ID (Client-ID)').waitFor();
      await german.page
        .getByText(
          'Ein Zertifikat ist gespeichert; wählen Sie nur dann eine andere Datei, wenn Sie es ersetzen möchten.',
        )
        .waitFor();
      expect(await seriousAccessibilityViolations(german.page)).toEqual([]);
      await german.page
        .getByLabel('Verbindungsmethode')
        .evaluate((field) =>
          (field as unknown as { closest: (selector: string) => { scrollIntoView: (options: object) => void } })
            .closest('form')
            .scrollIntoView({ block: 'start' }),
        );
      await settled(german.page);
      await german.page.screenshot({ path: path.join(SCREENSHOTS, 'm365-form-de.png') });
    } finally {
      await german.close();
    }
  });
});
