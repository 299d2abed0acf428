import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ERROR_CODES } from '../../src/shared/error-codes';
import { STAGE_NAMES } from '../../src/shared/connection-test';
import { seriousAccessibilityViolations } from '../support/axe';
import { accountRow, openConsole, ribbonCommand, type OpenConsole } from '../support/browser';
import { TEST_USERS } from '../support/dovecot';
import { english } from '../support/report-text';
import { accountSettings } from '../support/stored-accounts';
import { createTestServices } from '../support/test-services';

const dovecot = inject('dovecot');
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
const CHAIN_CODES = ['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'];

/** What people read as headings and labels: the report's headline, each stage's name, every state badge. */
async function wordsShown(page: Page): Promise<{ headline: string[]; stages: string[]; badges: string[] }> {
  const texts = async (selector: string) => (await page.locator(selector).allInnerTexts()).map((text) => text.trim());
  return {
    headline: await texts('[aria-label] .fui-MessageBarTitle'),
    stages: await texts('ol > li > :nth-child(2)'),
    badges: await texts('[data-test-state]'),
  };
}

function expectNoCodes(words: { headline: string[]; stages: string[]; badges: string[] }): void {
  for (const text of [...words.headline, ...words.stages, ...words.badges]) {
    for (const code of ERROR_CODES) expect(text).not.toContain(code);
    for (const code of CHAIN_CODES) expect(text).not.toContain(code);
  }
  for (const stage of words.stages) expect(STAGE_NAMES as readonly string[]).not.toContain(stage);
}

describe('reports, badges and the certificate card speak words, in English and German (Chromium)', () => {
  let directory: string;
  let app: OpenConsole;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-e2e-words-'));
    const services = createTestServices(directory);
    const refused = { ...accountSettings(0), server: '127.0.0.1', port: 1, connectionName: 'Head office' };
    const fingerprint = new X509Certificate(readFileSync(dovecot.certificates.selfSignedCertFile, 'utf8'))
      .fingerprint256;
    const pinned = {
      ...accountSettings(1),
      server: dovecot.selfSignedHost,
      port: dovecot.imapsPort,
      encryption: 'ssl' as const,
      connectionName: 'Exchange pinned',
      emailAddress: TEST_USERS.empty.user,
      userName: TEST_USERS.empty.user,
      trustedFingerprint: fingerprint,
    };
    for (const [settings, password] of [
      [refused, 'Words-Test-Password'],
      [pinned, TEST_USERS.empty.password],
    ] as const) {
      const saved = await services.accounts.save({ settings, password });
      if (!saved.ok) throw new Error(english(saved.error.message));
      // A last result for the list's badges.
      await services.handlers.testConnection({ accountId: saved.value.account.id, settings });
    }
    app = await openConsole(services.handlers, 'en-US');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await app.page.goto(app.url);
  });

  afterAll(async () => {
    await app?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const testAccount = async (name: RegExp, testButton: string) => {
    const { page } = app;
    await accountRow(page, name).click();
    await ribbonCommand(page, testButton);
  };

  it('a failed and a pinned-success report, in English then German', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Connect accounts' }).first().click();

    // The failure: a plain headline, the code only on its secondary line.
    await testAccount(/^Head office/, 'Test connection');
    await page.getByText('The server refused the connection').waitFor({ timeout: 30_000 });
    await page.getByText('Error code: CONNECTION_REFUSED').waitFor();
    let words = await wordsShown(page);
    expect(words.headline).toEqual(['The server refused the connection']);
    expect(words.stages).toContain('Name lookup (DNS)');
    expect(words.badges).toEqual(expect.arrayContaining(['Refused', 'Connected']));
    expectNoCodes(words);
    expect(await page.locator('[data-test-state="failed"]').first().getAttribute('title')).toBe(
      'Error code: CONNECTION_REFUSED',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-failed-en.png') });

    // The pinned success: trusted by fingerprint, a shield, no chain code anywhere on screen.
    await testAccount(/^Exchange pinned/, 'Test connection');
    await page.getByText('Connection succeeded').waitFor({ timeout: 30_000 });
    const card = page.getByLabel('Server certificate');
    await card.getByText('trusted by fingerprint', { exact: true }).waitFor();
    expect(await card.locator('[data-icon="shield-checkmark"]').count()).toBe(1);
    expect(await card.locator('[data-icon="warning"]').count()).toBe(0);
    const body = await page.locator('body').innerText();
    for (const code of CHAIN_CODES) expect(body).not.toContain(code);
    words = await wordsShown(page);
    expect(words.stages).toEqual(expect.arrayContaining(['Encryption (TLS)', 'Sign-in', 'Mailbox']));
    expectNoCodes(words);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-pinned-en.png') });

    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    // The card's label is in German now too.
    const karte = page.getByLabel('Serverzertifikat');
    await karte.getByText('per Fingerabdruck vertrauenswürdig', { exact: true }).waitFor();
    expect(await karte.locator('[data-icon="shield-checkmark"]').count()).toBe(1);
    words = await wordsShown(page);
    expect(words.stages).toEqual(expect.arrayContaining(['Verschlüsselung (TLS)', 'Anmeldung', 'Postfach']));
    expect(words.badges).toEqual(expect.arrayContaining(['Abgelehnt', 'Verbunden']));
    expectNoCodes(words);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-pinned-de.png') });

    await testAccount(/^Head office/, 'Verbindung testen');
    await page.getByText('Der Server hat die Verbindung abgelehnt').waitFor({ timeout: 30_000 });
    await page.getByText('Fehlercode: CONNECTION_REFUSED').waitFor();
    words = await wordsShown(page);
    expect(words.headline).toEqual(['Der Server hat die Verbindung abgelehnt']);
    expect(words.stages).toEqual(expect.arrayContaining(['Namensauflösung (DNS)', 'Verbindungsaufbau']));
    expectNoCodes(words);
    expect(await page.locator('body').innerText()).not.toMatch(/während (dns|tcp|tls|greeting|auth|mailbox)\b/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-failed-de.png') });
  });
});
