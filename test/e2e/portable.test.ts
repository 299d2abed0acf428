import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAccessibilityViolations } from '../support/axe';
import { openConsole, settled, type OpenConsole, accountRow } from '../support/browser';
import { TEST_USERS } from '../support/dovecot';
import { createTestServices } from '../support/test-services';

const dovecot = inject('dovecot');
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
const PASSPHRASE = 'seven lakes under Zürich';
// The lowest cost the keyring accepts: the flow, not scrypt, is under test here.
const COST = { N: 2 ** 14, r: 8, p: 1 } as const;

/**
 * A consultant's stick in Chromium, against the real handlers: the passphrase is set on the office
 * laptop, an account saved with its password; at the customer's machine (another profile, another
 * safeStorage key) the password shows as locked until the passphrase is entered, then signs in.
 */
describe('Portable passwords in Chromium, on two machines sharing one stick', () => {
  let root: string;
  let stick: string;
  let app: OpenConsole | undefined;

  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'mc-e2e-portable-'));
    stick = path.join(root, 'stick-data');
    mkdirSync(stick);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** One start of the portable app on `machine`: its own profile folder and its own safeStorage key. */
  async function startOn(machine: string) {
    const services = createTestServices(stick, undefined, { machineFolder: path.join(root, machine), cost: COST });
    await services.started;
    await app?.close();
    app = await openConsole(services.handlers);
    await app.page.goto(app.url);
    return { services, page: app.page };
  }

  it('sets the passphrase at the first start, from the bar, with Enter', async () => {
    const { services, page } = await startOn('office-laptop');
    const bar = page.getByRole('region', { name: 'Portable passwords' });
    await bar.getByText('Passwords on this stick need a portable passphrase before they can be saved.').waitFor();
    await bar.getByRole('button', { name: 'Set passphrase…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set the portable passphrase' });
    await dialog.getByLabel('Portable passphrase').fill(PASSPHRASE);
    await dialog.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    await settled(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'portable-set-passphrase.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByLabel('Repeat the passphrase').press('Enter');
    await page.getByText('The portable passphrase is set: passwords can now be saved on this stick.').waitFor();
    await bar.getByText('Passwords on this stick are unlocked on this computer.').waitFor();

    const saved = await services.accounts.save({
      settings: {
        server: 'localhost',
        port: dovecot.imapsPort,
        encryption: 'ssl',
        validateSsl: true,
        connectionName: 'Invoices – customer site',
        emailAddress: 'invoices@contoso.com',
        userName: TEST_USERS.invoices.user,
      },
      password: TEST_USERS.invoices.password,
    });
    expect(saved.ok && saved.value.account.hasPassword).toBe(true);
  });

  it('on another machine the password is locked; Test asks for the passphrase, refuses a wrong one, then signs in', async () => {
    const { page } = await startOn('customer-pc');
    const bar = page.getByRole('region', { name: 'Portable passwords' });
    await bar.getByText('Passwords on this stick are locked.').waitFor();
    const row = accountRow(page, /^Invoices – customer site/);
    await row.getByText('locked').waitFor();
    await row.click();
    await page.getByRole('button', { name: 'Test connection' }).click();

    const dialog = page.getByRole('dialog', { name: 'Unlock the passwords on this stick' });
    await dialog.getByLabel('Portable passphrase').fill(`${PASSPHRASE}!`);
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await dialog.getByText('The passphrase is wrong. Nothing was changed.').waitFor();
    await settled(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'portable-unlock.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await dialog.getByLabel('Portable passphrase').fill(PASSPHRASE);
    await dialog.getByLabel('Portable passphrase').press('Enter');
    await page.getByText('Connection succeeded').waitFor({ timeout: 30_000 });
    await bar.getByText('Passwords on this stick are unlocked on this computer.').waitFor();
    expect(await row.getByText('locked').count()).toBe(0);
  });
});
