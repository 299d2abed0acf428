import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from '../support/axe';
import { accountRow, openConsole, ribbonCommand, sendMenuCommand, settled, type OpenConsole } from '../support/browser';
import { startFakeImapServer, type FakeImapServer } from '../support/fake-imap-server';
import { english } from '../support/report-text';
import { sampleReport, SAMPLE_FINGERPRINT } from '../support/sample-report';
import { acknowledgedPlaintextSettings } from '../support/stored-accounts';
import { createTestServices } from '../support/test-services';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
const PASSWORD = 'Evidence-E2E-Canary-Password-2217';
const HOSTILE = '<img src=x onerror="window.__hostile=1">';

describe('Save diagnostics and Handover report in Chromium, against the real handlers', () => {
  let app: OpenConsole;
  let page: Page;
  let directory: string;
  let server: FakeImapServer;
  let services: ReturnType<typeof createTestServices>;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-e2e-evidence-'));
    // The scripted server repeats the password in its greeting: neither file may carry it on.
    server = await startFakeImapServer({ greeting: `* OK [CAPABILITY IMAP4rev1] ${PASSWORD} ready` });
    services = createTestServices(directory);
    for (const name of ['Invoices – Zürich', HOSTILE]) {
      const saved = await services.accounts.save({
        settings: acknowledgedPlaintextSettings(server, name, 'scan'),
        password: PASSWORD,
      });
      if (!saved.ok) throw new Error(english(saved.error.message));
      // An earlier test over TLS, as the history keeps it: its certificate belongs on the page.
      services.accounts.recordTestResult(saved.value.account.id, sampleReport());
    }
    app = await openConsole(services.handlers);
    page = app.page;
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await app?.close();
    await server?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('saves the shown report from the ribbon as text, without the password', async () => {
    await page.goto(app.url);
    await accountRow(page, /^Invoices – Zürich/).click();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText('Connection succeeded').waitFor({ timeout: 30_000 });

    services.evidenceTarget.path = path.join(directory, 'diagnostics.txt');
    await ribbonCommand(page, 'Save diagnostics…');
    await page.getByText(`Diagnostics saved to ${services.evidenceTarget.path}.`).waitFor();
    expect(services.evidenceDialogs.map((dialog) => dialog.kind)).toEqual(['diagnostics']);
    const text = readFileSync(services.evidenceTarget.path, 'utf8');
    expect(text).toContain('Result: OK');
    expect(text).toContain('Greeting: * OK [CAPABILITY IMAP4rev1] <redacted> ready');
    expect(text).toContain('Recent tests of Invoices – Zürich (newest first):');
    expect(text).not.toContain(PASSWORD);
  });

  it('writes the handover page from the menu, which renders as text, scriptless and accessible in a second page', async () => {
    const target = path.join(directory, 'handover.html');
    services.evidenceTarget.path = target;
    await sendMenuCommand(page, 'handover');
    await page.getByText(`Handover report with 2 accounts saved to ${target}.`).waitFor();
    const html = readFileSync(target, 'utf8');
    expect(html).not.toContain(PASSWORD);

    // A page of its own, as the customer opens the file: nothing of the app's window is bound to it.
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    const handover = await browser.newPage();
    const errors: string[] = [];
    handover.on('pageerror', (error) => errors.push(error.message));
    handover.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await handover.goto(pathToFileURL(target).href);
    await handover.getByRole('heading', { level: 1, name: 'Mailbox Connect – handover report' }).waitFor();
    // The hostile name is a heading's text, not an element that ran.
    await handover.getByRole('heading', { level: 2, name: HOSTILE }).waitFor();
    expect(await handover.evaluate(() => (globalThis as { __hostile?: number }).__hostile)).toBeUndefined();
    expect(await handover.locator('img, script').count()).toBe(0);
    const zurich = handover.getByRole('region', { name: 'Invoices – Zürich' });
    await zurich.getByRole('cell', { name: SAMPLE_FINGERPRINT }).waitFor();
    // Newest first: the test just run (plain, no certificate), then the earlier one over TLS.
    expect(await zurich.getByRole('row').filter({ hasText: 'OK' }).count()).toBeGreaterThanOrEqual(2);
    await settled(handover);
    await handover.screenshot({ path: path.join(SCREENSHOTS, 'handover-report.png'), fullPage: true });
    expect(await seriousAccessibilityViolations(handover)).toEqual([]);
    expect(errors).toEqual([]);
    await handover.close();
  });
});
