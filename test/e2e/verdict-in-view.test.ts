import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConsole, ribbonCommand, type OpenConsole } from '../support/browser';
import { accountSettings } from '../support/stored-accounts';
import { seriousAccessibilityViolations } from '../support/axe';
import { createTestServices } from '../support/test-services';
import { english } from '../support/report-text';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');

/** The verdict's room to the top and bottom edges of the scrolled area (negative: cut off), and the focus. */
interface Placement {
  top: number;
  bottom: number;
  focused: boolean;
}

describe('the verdict is in view at 1024×700 (Chromium)', () => {
  let directory: string;
  let app: OpenConsole;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-e2e-verdict-'));
    const services = createTestServices(directory);
    // Nothing listens on port 1: the test fails at once, and its verdict has a headline and a hint.
    const settings = { ...accountSettings(0), server: '127.0.0.1', port: 1, connectionName: 'Verdict check' };
    const saved = await services.accounts.save({ settings, password: 'Verdict-Password' });
    if (!saved.ok) throw new Error(english(saved.error.message));
    app = await openConsole(services.handlers, 'en-US');
    await app.page.setViewportSize({ width: 1024, height: 700 });
    await app.page.goto(app.url);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('scrolls the report into view and focuses it when the test ends', async () => {
    const { page } = app;
    await page.getByText('Verdict check', { exact: true }).first().click();
    await page.getByLabel('Server').waitFor();
    await ribbonCommand(page, 'Test connection');
    const results = page.locator('[data-results]');
    await results.locator('.fui-MessageBarTitle').first().waitFor({ timeout: 30_000 });

    // The verdict (headline and hint: the first message bar) lies wholly inside the scrolled area.
    const verdict = results.locator('.fui-MessageBar').first();
    const area = page.locator('section', { has: results });
    const placement = async (): Promise<Placement> => {
      const [shown, room] = await Promise.all([verdict.boundingBox(), area.boundingBox()]);
      if (!shown || !room) throw new Error('the verdict or its area is not shown');
      return {
        top: shown.y - room.y,
        bottom: room.y + room.height - (shown.y + shown.height),
        focused: (await page.evaluate('document.activeElement?.hasAttribute("data-results")')) === true,
      };
    };
    await expect.poll(async () => (await placement()).focused).toBe(true);
    await expect.poll(async () => (await placement()).top).toBeGreaterThanOrEqual(0);
    await expect.poll(async () => (await placement()).bottom).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'connect-accounts-1024x700-report.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
