import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAccessibilityViolations } from '../support/axe';
import { openConsole, type OpenConsole } from '../support/browser';
import { TEST_USERS } from '../support/dovecot';
import { createTestServices } from '../support/test-services';

const dovecot = inject('dovecot');
const { invoices } = TEST_USERS;

/** The page's own DOM classes, typed just enough (the test project compiles without the DOM library). */
interface PageScope {
  DataTransfer: new () => { setData: (type: string, text: string) => void };
  ClipboardEvent: new (type: string, init: Record<string, unknown>) => Event;
  document: { activeElement: unknown };
}

/** Pastes text as the clipboard would: a paste event carrying it, which the page may take over. */
async function paste(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.evaluate((element, pasted) => {
    const scope = globalThis as unknown as PageScope;
    const data = new scope.DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(new scope.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const isFocused = (field: Locator) =>
  field.evaluate((element) => element === (globalThis as unknown as PageScope).document.activeElement);

describe('the calmer account form in Chromium, against the real handlers and Dovecot', () => {
  let app: OpenConsole;
  let page: Page;
  let directory: string;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-e2e-calm-form-'));
    app = await openConsole(createTestServices(directory).handlers);
    page = app.page;
    await page.goto(app.url);
  });

  afterAll(async () => {
    await app?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const advanced = () => page.getByRole('button', { name: 'Advanced' });

  it('shows the seed fields with Advanced closed, and fills server, port and encryption from a pasted address', async () => {
    await page.getByRole('button', { name: 'New e-mail account' }).click();
    await page.getByLabel('Server').waitFor();
    expect(await advanced().getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('Folder for processed mail').count()).toBe(0);
    await page.getByLabel('Encryption').selectOption('starttls');

    await paste(page.getByLabel('Server'), `imaps://localhost:${dovecot.imapsPort}/`);
    await expect.poll(() => page.getByLabel('Server').inputValue()).toBe('localhost');
    expect(await page.getByLabel('Port').inputValue()).toBe(String(dovecot.imapsPort));
    expect(await page.getByLabel('Encryption').inputValue()).toBe('ssl');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('on Save moves the focus to the first invalid field in form order', async () => {
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter a connection name').waitFor();
    await expect.poll(() => isFocused(page.getByLabel('Connection name'))).toBe(true);
  });

  it('opens Advanced by itself for an error inside and focuses that field', async () => {
    await page.getByLabel('Connection name').fill('Calm form');
    await page.getByLabel('E-mail address').fill(invoices.user);
    await page.getByLabel('User name').fill(invoices.user);
    await page.getByLabel('Password', { exact: true }).fill(invoices.password);
    await advanced().click();
    await page.getByLabel('Folder for mail that failed').fill('SuccessProcessing');
    // Closed again by the user: the error on Save opens it.
    await advanced().click();
    expect(await advanced().getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Processed and failed mail need two different folders.').first().waitFor();
    expect(await advanced().getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => isFocused(page.getByLabel('Folder for mail that failed'))).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('after a successful test offers the server’s folders, picked with the keyboard; free text still works', async () => {
    await page.getByLabel('Folder for mail that failed').fill('FailedProcessing');
    await page.getByLabel('Folder for processed mail').fill('Typed by hand');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved “Calm form”.').waitFor();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText('Connection succeeded').waitFor({ timeout: 30_000 });

    const success = page.getByRole('combobox', { name: /^Folder for processed mail/ });
    await success.waitFor();
    await success.fill('Succ');
    await success.press('ArrowDown');
    // The folder combobox's list, not the account list.
    const listbox = page.locator('[role="listbox"]:not([data-account-count])');
    await listbox.waitFor();
    expect(await listbox.getByRole('option').allTextContents()).toEqual(['SuccessProcessing']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await success.press('Enter');
    await expect.poll(() => success.inputValue()).toBe('SuccessProcessing');

    const failed = page.getByRole('combobox', { name: /^Folder for mail that failed/ });
    await failed.fill('Not on the server yet');
    await failed.press('Tab');
    expect(await failed.inputValue()).toBe('Not on the server yet');
  });
});
