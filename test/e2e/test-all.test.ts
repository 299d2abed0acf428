import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAccessibilityViolations } from '../support/axe';
import { openConsole, ribbonCommand, settled, type OpenConsole, accountRow } from '../support/browser';
import { TEST_USERS } from '../support/dovecot';
import { startFakeImapServer, type FakeImapServer } from '../support/fake-imap-server';
import { createTestServices } from '../support/test-services';
import { english } from '../support/report-text';

const dovecot = inject('dovecot');
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');

describe('Test all in Chromium, against the real handlers, Dovecot and a slow server', () => {
  let app: OpenConsole;
  let page: Page;
  let directory: string;
  let slow: FakeImapServer;
  let services: ReturnType<typeof createTestServices>;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-e2e-test-all-'));
    services = createTestServices(directory);
    // A busy server: each answer takes a while, so the progress can be seen.
    slow = await startFakeImapServer({ replyDelayMs: 300 });
    const account = (connectionName: string, server: string, port: number, encryption: string, userName: string) => ({
      server,
      port,
      encryption,
      validateSsl: true,
      insecureAcknowledged: true,
      connectionName,
      emailAddress: 'scan@example.test',
      userName,
    });
    const accounts: [Record<string, unknown>, string | undefined][] = [
      [
        account('Invoices', 'localhost', dovecot.imapsPort, 'ssl', TEST_USERS.invoices.user),
        TEST_USERS.invoices.password,
      ],
      [
        account('Credit memos', 'localhost', dovecot.imapsPort, 'ssl', TEST_USERS.empty.user),
        TEST_USERS.empty.password,
      ],
      [account('Busy branch office', slow.host, slow.port, 'notls', 'branch'), 'branch-password'],
      [account('Switched off', '127.0.0.1', 1, 'ssl', 'off'), 'off-password'],
      [account('Password not entered yet', 'localhost', dovecot.imapsPort, 'ssl', 'later'), undefined],
    ];
    for (const [settings, password] of accounts) {
      const saved = await services.accounts.save({ settings, ...(password ? { password } : {}) });
      if (!saved.ok) throw new Error(english(saved.error.message));
    }
    // Main's pushed progress reaches the page as the preload relays it.
    app = await openConsole(services.handlers, undefined, services.onAppEvent);
    page = app.page;
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await app?.close();
    await slow?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('tests the accounts a few at a time with a progress bar, then lists each result and saves it', async () => {
    await page.goto(app.url);
    await accountRow(page, /^Invoices/).waitFor();
    await ribbonCommand(page, 'Test all');
    const dialog = page.getByRole('dialog', { name: 'Test all accounts' });
    await dialog.getByRole('checkbox', { name: 'All accounts (5)' }).waitFor();
    await dialog.getByLabel('Connections at once').selectOption('2');
    const callsBefore = app.calls.length;
    await dialog.getByRole('button', { name: 'Test 5 accounts' }).click();

    await dialog.getByRole('progressbar').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).waitFor();
    await dialog.getByText(/^[1-4] of 5 tested$/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'test-all-running.png') });

    const results = dialog.getByRole('list', { name: 'Results' });
    await results.waitFor({ timeout: 30_000 });
    await dialog.getByText('5 of 5 tested').waitFor();
    const row = (name: string) => results.getByRole('listitem').filter({ hasText: name });
    await row('Invoices')
      .getByText(/^Succeeded in \d+ ms$/)
      .waitFor();
    await row('Busy branch office')
      .getByText(/^Succeeded in \d+ ms$/)
      .waitFor();
    await row('Switched off')
      .getByText(/^The server refused the connection: /)
      .waitFor();
    await row('Switched off').getByText('Error code: CONNECTION_REFUSED').waitFor();
    await row('Password not entered yet')
      .getByText(/^Not tested: /)
      .waitFor();
    await dialog.getByText('3 succeeded, 1 failed, 0 running').waitFor();
    // Pushed, not polled: the run was one call, and the list behind was read once, after it.
    const during = app.calls.slice(callsBefore);
    expect(during.filter((method) => method === 'testAccounts')).toHaveLength(1);
    // setCommandStates is the window telling the menu that Cancel test is on while the run lasts, and off after.
    const reads = during.filter((method) => !['testAccounts', 'listAccounts', 'setCommandStates'].includes(method));
    expect(reads).toEqual([]);
    expect(during.filter((method) => method === 'listAccounts').length).toBeLessThanOrEqual(1);
    const pushed = services.events.filter((event) => event.type === 'testAllOutcome');
    expect(pushed).toHaveLength(5);
    await settled(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'test-all-results.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(slow.peakConnections()).toBe(1);

    await dialog.getByRole('button', { name: 'Close' }).click();
    const states = Object.fromEntries(
      services.accounts.list().map((account) => [account.connectionName, account.lastTest?.ok]),
    );
    expect(states).toEqual({
      Invoices: true,
      'Credit memos': true,
      'Busy branch office': true,
      'Switched off': false,
      'Password not entered yet': undefined,
    });
    await accountRow(page, /^Switched off/)
      .getByText('Refused', { exact: true })
      .waitFor();
  });
});
