import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConsole, settled, type OpenConsole } from '../support/browser';
import { createTestServices } from '../support/test-services';

/** The little of the page's DOM these checks read (the node type check has no DOM library). */
interface PageSheetOwner {
  sheet?: { cssRules: ArrayLike<{ selectorText?: string }> & Iterable<{ selectorText?: string }> } | null;
}
interface PageDocument {
  querySelector: (selector: string) => PageSheetOwner | null;
  querySelectorAll: (selector: string) => Iterable<PageSheetOwner>;
}

/**
 * Fluent's styles come from the stylesheet the build extracted (build/griffel-css-extraction.ts),
 * not from rules Griffel inserts while the first frame renders. Only the window's own makeStyles
 * calls (a few dozen rules) are still inserted at run time.
 */
describe('Fluent styles are extracted into one stylesheet at build time (Chromium)', () => {
  let directory: string;
  let app: OpenConsole;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-e2e-styles-'));
    app = await openConsole(createTestServices(directory).handlers, 'en-US');
    await app.page.goto(app.url);
    await app.page.getByRole('button', { name: 'New e-mail account' }).waitFor();
    await settled(app.page);
  });

  afterAll(async () => {
    await app?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('links the extracted stylesheet, and Fluent components are styled by it', async () => {
    const { page } = app;
    // The ribbon's first button gets most of its atomic classes' rules from that sheet.
    const found = await page.getByRole('button', { name: 'New e-mail account' }).evaluate((button) => {
      const { document } = globalThis as unknown as { document: PageDocument };
      const rules = [...(document.querySelector('link[rel="stylesheet"][href*="griffel"]')?.sheet?.cssRules ?? [])];
      const selectors = rules.map((rule) => rule.selectorText ?? '');
      const classes = [...(button as unknown as { classList: Iterable<string> }).classList];
      return {
        rules: rules.length,
        buttonClassesFromSheet: classes.filter((name) => selectors.some((selector) => selector.includes(`.${name}`)))
          .length,
      };
    });
    expect(found.rules).toBeGreaterThan(1000);
    expect(found.buttonClassesFromSheet).toBeGreaterThan(10);
  });

  it('inserts only the window’s own rules at run time, none of Fluent’s', async () => {
    const insertedAtRunTime = await app.page.evaluate(() => {
      const { document } = globalThis as unknown as { document: PageDocument };
      return [...document.querySelectorAll('style[data-make-styles-bucket]')].reduce(
        (sum, element) => sum + (element.sheet?.cssRules.length ?? 0),
        0,
      );
    });
    // Without the extraction Griffel inserts several hundred rules for the first frame alone.
    expect(insertedAtRunTime).toBeGreaterThan(0);
    expect(insertedAtRunTime).toBeLessThan(150);
  });
});
