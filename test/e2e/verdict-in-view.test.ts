import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountRow, openConsole, ribbonCommand, settled, type OpenConsole } from '../support/browser';
import { saveRefusingAccounts } from '../support/stored-accounts';
import { seriousAccessibilityViolations } from '../support/axe';
import { createTestServices } from '../support/test-services';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');

/** The verdict's room to the top and bottom edges of the scrolled area (negative: cut off), and the focus. */
interface Placement {
  top: number;
  bottom: number;
  focused: boolean;
}

const SIZES = [
  { width: 1280, height: 860 },
  { width: 1024, height: 700 },
] as const;
const WORDS = {
  en: { language: 'Language', test: 'Test connection' },
  de: { language: 'Sprache', test: 'Verbindung testen' },
} as const;

describe('the verdict is in view, in both languages, at 1280×860 and 1024×700 (Chromium)', () => {
  let directory: string;
  let app: OpenConsole;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-e2e-verdict-'));
    const services = createTestServices(directory);
    // A list as an admin has it; the one tested has nothing listening on port 1: it fails at once,
    // and its verdict has a headline and a hint.
    const names = ['Credit memos – Basel', 'Delivery notes', 'Invoices – Zürich', 'Orders – head office'];
    await saveRefusingAccounts(services.accounts, names, 'Verdict-Password');
    app = await openConsole(services.handlers, 'en-US');
    await app.page.goto(app.url);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  /** Whether the verdict (headline and hint: the first message bar) lies wholly inside the scrolled area. */
  const placement = async (): Promise<Placement> => {
    const { page } = app;
    const results = page.locator('[data-results]');
    const [shown, room] = await Promise.all([
      results.locator('.fui-MessageBar').first().boundingBox(),
      page.locator('section', { has: results }).boundingBox(),
    ]);
    if (!shown || !room) throw new Error('the verdict or its area is not shown');
    return {
      top: shown.y - room.y,
      bottom: room.y + room.height - (shown.y + shown.height),
      focused: (await page.evaluate('document.activeElement?.hasAttribute("data-results")')) === true,
    };
  };

  for (const language of ['en', 'de'] as const) {
    for (const size of SIZES) {
      it(`scrolls the report into view and focuses it when the test ends (${language}, ${size.width}×${size.height})`, async () => {
        const { page } = app;
        await page.setViewportSize(size);
        const picker = page.getByRole('combobox', { name: /^(Language|Sprache)$/ });
        await picker.selectOption(language);
        await page.getByRole('combobox', { name: WORDS[language].language }).waitFor();
        await accountRow(page, /^Invoices – Zürich/).click();
        await page.getByLabel(/^Server/).waitFor();
        // Scrolled to the top first, as after opening an account, so the form hides the results below it.
        await page.evaluate(`document.querySelector('[data-results]')?.closest('section')?.scrollTo(0, 0)`);
        await ribbonCommand(page, WORDS[language].test);
        await page.locator('[data-results] .fui-MessageBarTitle').first().waitFor({ timeout: 30_000 });

        await expect.poll(async () => (await placement()).focused).toBe(true);
        await expect.poll(async () => (await placement()).top).toBeGreaterThanOrEqual(0);
        await expect.poll(async () => (await placement()).bottom).toBeGreaterThanOrEqual(0);
        // The pointer off the ribbon, so its tooltip does not cover the screenshot.
        await page.mouse.move(size.width - 1, size.height - 1);
        await page.getByRole('tooltip').waitFor({ state: 'hidden' });
        await settled(page);
        await page.screenshot({
          path: path.join(SCREENSHOTS, `console-${language}-${size.width}x${size.height}.png`),
        });
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
      });
    }
  }
});
