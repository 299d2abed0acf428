import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from '../support/axe';
import { accountRow, openConsole, settled, type OpenConsole } from '../support/browser';
import { english } from '../support/report-text';
import { accountSettings, settingsOfView } from '../support/stored-accounts';
import { createTestServices } from '../support/test-services';

/** 65 accounts, in the list's order: Archive, Branch 1 … Branch 61, Invoices – Berlin, Invoices – Zürich, Orders. */
const NAMES = [
  'Orders',
  'Invoices – Zürich',
  'Archive',
  'Invoices – Berlin',
  ...Array.from({ length: 61 }, (_, index) => `Branch ${index + 1}`),
];

describe('the account list as a Windows list, in Chromium against the real handlers', () => {
  let app: OpenConsole;
  let page: Page;
  let directory: string;
  let services: ReturnType<typeof createTestServices>;

  const listbox = () => page.getByRole('listbox', { name: 'E-mail accounts' });
  /** The option the keyboard is on: the one aria-activedescendant names. */
  const active = () =>
    listbox().evaluate((element) => {
      const id = element.getAttribute('aria-activedescendant');
      const option = id ? element.ownerDocument.getElementById(id) : null;
      return option
        ? {
            name: option.firstElementChild?.textContent ?? '',
            position: option.getAttribute('aria-posinset'),
            size: option.getAttribute('aria-setsize'),
            inView: (() => {
              const box = option.getBoundingClientRect();
              const view = element.getBoundingClientRect();
              return box.top >= view.top && box.bottom <= view.bottom;
            })(),
          }
        : undefined;
    });
  const selectedNames = () =>
    listbox().locator('[role="option"][aria-selected="true"] > span:first-child').allInnerTexts();
  const waitForCount = (count: number) => page.locator(`[role="listbox"][data-account-count="${count}"]`).waitFor();

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-e2e-account-list-'));
    services = createTestServices(directory);
    for (const [index, connectionName] of NAMES.entries()) {
      const saved = await services.accounts.save({ settings: { ...accountSettings(index), connectionName } });
      if (!saved.ok) throw new Error(english(saved.error.message));
    }
    app = await openConsole(services.handlers);
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('is one tab stop, draws only the rows in view, and its keys reach every account, the last included', async () => {
    await page.goto(app.url);
    await waitForCount(65);
    // Virtualised: far fewer options are drawn than the list holds.
    expect(await listbox().getByRole('option').count()).toBeLessThan(65);
    await page.getByRole('searchbox', { name: 'Search accounts' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await listbox().evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    expect(await active()).toMatchObject({ name: 'Archive', position: '1', size: '65' });

    await page.keyboard.press('End');
    expect(await active()).toEqual({ name: 'Orders', position: '65', size: '65', inView: true });
    await page.keyboard.press('Home');
    expect(await active()).toMatchObject({ name: 'Archive', inView: true });
    await page.keyboard.press('PageDown');
    expect(Number((await active())?.position)).toBeGreaterThan(2);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    expect(await active()).toMatchObject({ name: 'Branch 1' });
    expect(await selectedNames()).toEqual(['Branch 1']);

    // Type-ahead: the first name starting with what was typed; a moving key starts a new search.
    await page.keyboard.type('inv');
    expect(await active()).toMatchObject({ name: 'Invoices – Berlin', position: '63', inView: true });
    await page.keyboard.press('Home');
    await page.keyboard.type('o');
    expect(await active()).toMatchObject({ name: 'Orders' });

    // Enter opens the active account.
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Orders' }).waitFor();
    expect(await page.getByLabel(/^Connection name/).inputValue()).toBe('Orders');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('selects with Shift and Ctrl, by key and by click, and Ctrl+A takes them all', async () => {
    await listbox().focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    expect(await selectedNames()).toEqual(['Archive', 'Branch 1', 'Branch 2']);
    // Ctrl moves the keyboard alone; Ctrl+Space adds the option it is on.
    await page.keyboard.press('Control+ArrowDown');
    await page.keyboard.press('Control+ArrowDown');
    await page.keyboard.press('Control+Space');
    expect(await selectedNames()).toEqual(['Archive', 'Branch 1', 'Branch 2', 'Branch 4']);

    await accountRow(page, /^Branch 2 /).click({ modifiers: ['Control'] });
    expect(await selectedNames()).toEqual(['Archive', 'Branch 1', 'Branch 4']);
    await accountRow(page, /^Branch 6 /).click({ modifiers: ['Shift'] });
    expect(await selectedNames()).toEqual(['Branch 2', 'Branch 3', 'Branch 4', 'Branch 5', 'Branch 6']);
    // Neither opened anything: Orders is still in the form.
    await page.getByRole('heading', { name: 'Orders' }).waitFor();

    await page.keyboard.press('Control+a');
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu');
    await menu.getByRole('menuitem', { name: 'Test…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Test all accounts' });
    await dialog.getByRole('button', { name: 'Test 65 accounts' }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('offers Test, Duplicate, Export and Delete for the selection in a context menu', async () => {
    await accountRow(page, /^Archive /).click();
    await accountRow(page, /^Branch 2 /).click({ modifiers: ['Shift'] });
    await accountRow(page, /^Branch 1 /).click({ button: 'right' });
    const menu = page.getByRole('menu');
    await menu.waitFor();
    await settled(page);
    // Duplicate copies one account: with three selected it waits.
    expect(await menu.getByRole('menuitem', { name: 'Duplicate' }).getAttribute('aria-disabled')).toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await menu.getByRole('menuitem', { name: 'Test…' }).click();
    const testAll = page.getByRole('dialog', { name: 'Test all accounts' });
    await testAll.getByRole('button', { name: 'Test 3 accounts' }).waitFor();
    expect(await testAll.getByRole('checkbox', { name: 'Branch 1', exact: true }).isChecked()).toBe(true);
    expect(await testAll.getByRole('checkbox', { name: 'Branch 3', exact: true }).isChecked()).toBe(false);
    await testAll.getByRole('button', { name: 'Cancel' }).click();
    await testAll.waitFor({ state: 'detached' });
    // Back on the list, where it was opened from.
    expect(await listbox().evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);

    // The menu key opens it too, where the keyboard is.
    await page.keyboard.press('ContextMenu');
    await page.getByRole('menuitem', { name: 'Export…' }).click();
    const exporting = page.getByRole('dialog', { name: 'Export accounts' });
    await exporting.getByRole('checkbox', { name: 'Archive', exact: true }).waitFor();
    expect(await exporting.getByRole('checkbox', { name: 'Archive', exact: true }).isChecked()).toBe(true);
    expect(await exporting.getByRole('checkbox', { name: 'Orders', exact: true }).isChecked()).toBe(false);
    await exporting.getByRole('button', { name: 'Cancel' }).click();
    await exporting.waitFor({ state: 'detached' });

    // One account: Duplicate opens its copy. Zürich is far down: the keyboard brings it into view.
    await page.keyboard.press('End');
    await accountRow(page, /^Invoices – Zürich /).click();
    await accountRow(page, /^Invoices – Zürich /).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Duplicate' }).click();
    await page.getByRole('heading', { name: 'Invoices – Zürich (copy)' }).waitFor();
    await waitForCount(66);
  });

  it('deletes the selection after a plural confirmation whose Cancel has the focus', async () => {
    await listbox().focus();
    await page.keyboard.press('Home');
    await accountRow(page, /^Branch 10 /).click();
    await accountRow(page, /^Branch 12 /).click({ modifiers: ['Shift'] });
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('dialog', { name: 'Delete 3 accounts?' });
    await confirm.waitFor();
    await settled(page);
    expect(
      await confirm
        .getByRole('button', { name: 'Cancel' })
        .evaluate((button) => button === button.ownerDocument.activeElement),
    ).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Enter on the focused Cancel keeps them all.
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    expect(services.accounts.list()).toHaveLength(66);

    await listbox().focus();
    await page.keyboard.press('Delete');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Deleted 3 accounts.').waitFor();
    await waitForCount(63);
    const left = services.accounts.list().map((account) => account.connectionName);
    expect(left).not.toContain('Branch 11');
    expect(left).toContain('Branch 13');
  });

  it('reads the list again with F5, and the open account unless it has unsaved edits', async () => {
    await listbox().focus();
    await page.keyboard.press('Home');
    await accountRow(page, /^Archive /).click();
    await page.getByRole('heading', { name: 'Archive' }).waitFor();
    const archive = services.accounts.list().find((account) => account.connectionName === 'Archive');
    if (!archive) throw new Error('Archive is missing');
    const { id, settings } = settingsOfView(archive);
    // Changed behind the window's back, as another window or the CLI would.
    const changed = await services.accounts.save({ id, settings: { ...settings, server: 'archive.contoso.local' } });
    if (!changed.ok) throw new Error(english(changed.error.message));
    const added = await services.accounts.save({
      settings: { ...accountSettings(100), connectionName: 'Added by the CLI' },
    });
    if (!added.ok) throw new Error(english(added.error.message));

    await page.keyboard.press('F5');
    await waitForCount(64);
    await accountRow(page, /^Added by the CLI /).waitFor();
    expect(await page.getByLabel(/^Server/).inputValue()).toBe('archive.contoso.local');

    // With edits pending the form stays as typed, and says so.
    await page.getByLabel(/^Server/).fill('typed.contoso.local');
    const again = await services.accounts.save({ id, settings: { ...settings, server: 'third.contoso.local' } });
    if (!again.ok) throw new Error(english(again.error.message));
    await page.keyboard.press('F5');
    await page.getByText('The list was read again; “Archive” has unsaved changes and was left as it is.').waitFor();
    expect(await page.getByLabel(/^Server/).inputValue()).toBe('typed.contoso.local');
  });
});
