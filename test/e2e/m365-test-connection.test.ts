import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { english } from '../support/report-text';
import { seriousAccessibilityViolations } from '../support/axe';
import { accountRow, openConsole, pageHtml, ribbonCommand, settled, type OpenConsole } from '../support/browser';
import { M365, m365Settings, startM365Servers, type M365Servers } from '../support/m365-servers';
import { createTestServices } from '../support/test-services';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');

describe('Test connection of a Microsoft 365 account, in Chromium, against a local Entra ID and Dovecot', () => {
  let servers: M365Servers;
  let directory: string;
  let app: OpenConsole;
  let page: Page;

  beforeAll(async () => {
    servers = await startM365Servers();
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-e2e-m365-test-'));
    const services = createTestServices(directory);
    for (const [name, secret] of [
      ['Invoices (IMAP, OAuth)', M365.secret],
      ['Payroll (wrong secret)', 'not-the-secret'],
    ] as const) {
      const saved = await services.accounts.save({
        settings: m365Settings(servers, 'imap-oauth', 'secret', name),
        password: secret,
      });
      if (!saved.ok) throw new Error(english(saved.error.message));
    }
    app = await openConsole(services.handlers, 'en-US');
    page = app.page;
    await page.goto(app.url);
  });

  afterAll(async () => {
    await app?.close();
    await servers?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('shows the token stage first and what the token allows; the secret is nowhere in the page', async () => {
    await accountRow(page, /^Invoices \(IMAP, OAuth\)/).click();
    await ribbonCommand(page, 'Test connection');
    const results = page.locator('[data-results]');
    await results.getByText('Connection succeeded').waitFor({ timeout: 30_000 });
    await results.getByText('Access token (Entra ID)').first().waitFor();
    await results.getByText('IMAP.AccessAsApp').first().waitFor();
    await results.getByText(M365.clientId).first().waitFor();
    const stages = await results.getByRole('list', { name: 'Stages' }).getByRole('listitem').allInnerTexts();
    expect(stages[0]).toMatch(/^Access token \(Entra ID\)/);
    expect(stages.slice(1).map((stage) => stage.split('\n')[0])).toContain('Sign-in');
    expect(await pageHtml(page)).not.toContain(M365.secret);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Away from the ribbon, so no command's tooltip covers the screenshot.
    await page.mouse.move(640, 845);
    await page.getByRole('tooltip').waitFor({ state: 'hidden' });
    await settled(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'm365-report-en.png') });
  });

  it('a secret Entra ID refuses: the failure in words, with where to get the right one', async () => {
    await accountRow(page, /^Payroll/).click();
    await ribbonCommand(page, 'Test connection');
    const results = page.locator('[data-results]');
    await results.getByText('The client secret was rejected').waitFor({ timeout: 30_000 });
    await results.getByText(`Entra ID rejected the client secret of application ${M365.clientId}.`).waitFor();
    await results.getByText(/Enter the secret’s Value, not its Secret ID/).waitFor();
    expect(await results.getByText('Error code: OAUTH_SECRET_INVALID').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
