import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountsFilePath } from '../../src/core/accounts/accounts-file';
import { openConsole, type OpenConsole, accountRow } from '../support/browser';
import { wrongLanguagePhrases } from '../support/catalogue-words';
import { accountSettings } from '../support/stored-accounts';
import { createTestServices } from '../support/test-services';
import { english } from '../support/report-text';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');

/** Words each language shows on this screen, and the other language must not. */
const WORDS = {
  en: {
    notice: 'The settings file could not be used as it was',
    report: 'refused the connection: nothing listens on this port.',
    reportTitle: 'The server refused the connection',
    fieldError: 'Enter a valid e-mail address, e.g. invoices@example.com.',
  },
  de: {
    notice: 'Die Einstellungsdatei war so nicht verwendbar',
    report: 'hat die Verbindung abgelehnt: Auf diesem Port lauscht nichts.',
    reportTitle: 'Der Server hat die Verbindung abgelehnt',
    fieldError: 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. rechnungen@example.com.',
  },
} as const;

describe('a change of language changes every word on screen at once (Chromium)', () => {
  let directory: string;
  let app: OpenConsole;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-e2e-language-'));
    // An account tested once (its last result saved), then a file with a second, broken entry: the
    // next start recovers the first and says so in a notice.
    const before = createTestServices(directory);
    const settings = { ...accountSettings(0), server: '127.0.0.1', port: 1, connectionName: 'Refused' };
    const saved = await before.accounts.save({ settings, password: 'Language-Switch-Password' });
    if (!saved.ok) throw new Error(english(saved.error.message));
    await before.handlers.testConnection({ accountId: saved.value.account.id, settings });
    const file = accountsFilePath(directory);
    const document = JSON.parse(readFileSync(file, 'utf8')) as { accounts: unknown[] };
    writeFileSync(file, JSON.stringify({ ...document, accounts: [...document.accounts, { id: 'broken' }] }));
    app = await openConsole(createTestServices(directory).handlers, 'en-US');
    await app.page.goto(app.url);
  });

  afterAll(async () => {
    await app?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  /** The text of the whole window. */
  const shown = () => app.page.locator('body').innerText();

  const expectOnly = async (language: 'en' | 'de') => {
    const other = language === 'en' ? 'de' : 'en';
    await app.page.getByText(WORDS[language].reportTitle).waitFor();
    const text = await shown();
    for (const words of Object.values(WORDS[language])) expect(text).toContain(words);
    for (const words of Object.values(WORDS[other])) expect(text).not.toContain(words);
    // Not only these: no phrase of the other catalogue anywhere in the window (field errors and
    // tooltips included, as far as they are shown).
    expect(wrongLanguagePhrases(text, language)).toEqual([]);
  };

  it('shows the report, the notice and the last result in English, then all of it in German, then back', async () => {
    const { page } = app;
    await page.getByText(WORDS.en.notice).waitFor();
    await accountRow(page, /^Refused/).click();
    // Each start of the test services seals with a key of its own: the stored password needs typing again.
    await page.getByLabel(/^Password$/).fill('Language-Switch-Password');
    await page.getByRole('button', { name: 'Test connection' }).click();
    // A field error from the shared checks, shown next to its field.
    await page.getByLabel(/^E-mail address/).fill('not an address');
    await page.getByLabel(/^E-mail address/).blur();
    await page.getByText(WORDS.en.fieldError).waitFor();
    await expectOnly('en');

    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await expectOnly('de');
    await page.getByRole('heading', { name: 'Refused' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'language-switch-de.png') });

    // The overview's last result is saved as a key with its parameters, not as words: it reads German too.
    await page.getByRole('button', { name: 'Übersicht' }).click();
    await page.getByRole('heading', { name: 'Übersicht' }).waitFor();
    const overview = await shown();
    expect(overview).toContain(WORDS.de.report);
    expect(overview).not.toContain(WORDS.en.report);

    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    const english = await shown();
    expect(english).toContain(WORDS.en.report);
    expect(english).not.toContain(WORDS.de.report);
  });
});
