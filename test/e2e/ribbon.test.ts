import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from '../support/axe';
import { openConsole, ribbonCommand, settled, visibleRibbonCommands, type OpenConsole } from '../support/browser';
import { createTestServices } from '../support/test-services';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');

/** What each tab must show as buttons at 1280 px, in each language: every primary command, none in "More". */
const PRIMARY = {
  en: {
    tabs: ['Home', 'All accounts'],
    home: ['New e-mail account', 'Save', 'Delete', 'Test connection', 'Detect settings'],
    allAccounts: ['Test all', 'Export', 'Import'],
  },
  de: {
    tabs: ['Start', 'Alle Konten'],
    home: ['Neues E-Mail-Konto', 'Speichern', 'Löschen', 'Verbindung testen', 'Einstellungen ermitteln'],
    allAccounts: ['Alle testen', 'Exportieren', 'Importieren'],
  },
} as const;

describe('the ribbon: two real tabs that fit at 1280 px, reasons for what cannot run (Chromium)', () => {
  let directory: string;
  let app: OpenConsole;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-e2e-ribbon-'));
    app = await openConsole(createTestServices(directory).handlers, 'en-US');
    await app.page.goto(app.url);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it.each(['en', 'de'] as const)('shows every primary command of each tab as a button (%s)', async (language) => {
    const { page } = app;
    const words = PRIMARY[language];
    if (language === 'de') await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    const tabs = page.locator('[data-ribbon]').getByRole('tab');
    await expect.poll(() => tabs.allInnerTexts()).toEqual(words.tabs);

    await tabs.first().click();
    await settled(page);
    expect(await visibleRibbonCommands(page)).toEqual(expect.arrayContaining([...words.home]));
    // The tab panel is named by its tab, so a screen reader says where the commands belong.
    await page.getByRole('toolbar', { name: words.tabs[0] }).waitFor();

    // The arrow keys move between the tabs, as in any Windows tab row.
    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('toolbar', { name: words.tabs[1] }).waitFor();
    await settled(page);
    expect(await visibleRibbonCommands(page)).toEqual(expect.arrayContaining([...words.allAccounts]));
    await page.screenshot({ path: path.join(SCREENSHOTS, `ribbon-all-accounts-${language}.png`) });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await tabs.first().click();
    if (language === 'de') await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  });

  it('says why a command cannot run, by keyboard as by mouse', async () => {
    const { page } = app;
    // No account is open: Save cannot run, and stays focusable so its tooltip can say so.
    const save = page.locator('[data-ribbon]').getByRole('button', { name: 'Save', exact: true });
    await expect.poll(() => save.getAttribute('aria-disabled')).toBe('true');
    await save.focus();
    await page.getByRole('tooltip').filter({ hasText: 'Not available now:' }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('keeps "More commands" in high contrast at 1024 px, and runs a command from it', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await page.locator('[data-theme="highContrast"]').waitFor();
    await settled(page);
    const more = page.locator('[data-ribbon]').getByRole('button', { name: 'More commands' });
    await more.waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'ribbon-high-contrast-1024.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // New e-mail account always fits; what went into the menu still runs from there.
    await ribbonCommand(page, 'New e-mail account');
    await page.getByLabel(/^Server/).waitFor();
    await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
  });
});
