import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newAccountDefaults, type AccountSettings } from '../../src/shared/account';
import type { Encryption } from '../../src/shared/encryption';
import { credentialTraces } from '../support/credential-traces';
import { startFakeImapServer, type FakeImapServer } from '../support/fake-imap-server';
import { settingsOfView } from '../support/stored-accounts';
import { createTestServices } from '../support/test-services';
import { english } from '../support/report-text';

const USER = 'scanner@contoso.local';
const PASSWORD = 'Plaintext-Ack-Canary-3390';

/**
 * Main's own rule: no password leaves over None or No TLS unless the tested account carries the
 * user's acknowledgement. The server here offers AUTH=PLAIN and no LOGINDISABLED, so it would take
 * the password in clear text: only the app stands between the password and the wire.
 */
describe('the plaintext acknowledgement, enforced in main', () => {
  let server: FakeImapServer;
  let directory: string;
  let services: ReturnType<typeof createTestServices>;
  beforeEach(async () => {
    server = await startFakeImapServer({ capabilities: ['AUTH=PLAIN'] });
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-plaintext-'));
    services = createTestServices(directory);
  });
  afterEach(async () => {
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const settings = (encryption: Encryption, insecureAcknowledged: boolean, name = 'Branch', userName = USER) => ({
    ...newAccountDefaults(),
    server: server.host,
    port: server.port,
    encryption,
    validateSsl: false,
    connectionName: name,
    emailAddress: 'scan@example.test',
    userName,
    insecureAcknowledged,
  });

  /** As an import leaves a plaintext account: its password sealed, its acknowledgement reset. */
  async function importUnacknowledged(encryption: Encryption): Promise<string> {
    const imported = await services.accounts.applyImport([
      {
        settings: settings(encryption, false, 'Imported') as AccountSettings,
        password: PASSWORD,
        review: ['unencrypted'],
      },
    ]);
    if (!imported.ok) throw new Error(english(imported.error.message));
    const account = services.accounts.list().find((view) => view.connectionName === 'Imported');
    expect(account).toMatchObject({ insecureAcknowledged: false, hasPassword: true, passwordNeedsReentry: false });
    return account?.id ?? '';
  }

  it.each(['none', 'notls'] as const)(
    '%s: a typed password without the acknowledgement is refused at the checkbox, before any connection',
    async (encryption) => {
      const { handlers } = services;
      const refused = await handlers.testConnection({ settings: settings(encryption, false), password: PASSWORD });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(!refused.ok && english(refused.error.fieldErrors?.insecureAcknowledged)).toMatch(/unencrypted/);
      expect(server.connections()).toBe(0);
      expect(credentialTraces(server, USER, PASSWORD)).toEqual([]);

      // The control: acknowledged, the same request signs in, in clear text as the user accepted.
      const accepted = await handlers.testConnection({ settings: settings(encryption, true), password: PASSWORD });
      expect(accepted.ok && accepted.value.ok).toBe(true);
      expect(credentialTraces(server, USER, PASSWORD)).toContain('the AUTHENTICATE PLAIN response');
    },
  );

  it('a user name without any password is not sent either: the same refusal at the checkbox', async () => {
    const refused = await services.handlers.testConnection({ settings: settings('none', false) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!refused.ok && english(refused.error.fieldErrors?.insecureAcknowledged)).toMatch(/unencrypted/);
    expect(server.connections()).toBe(0);
  });

  it('a saved account’s stored password stays in main when the tested settings lack the acknowledgement', async () => {
    const id = await importUnacknowledged('notls');
    const view = services.accounts.list().find((account) => account.id === id);
    if (!view) throw new Error('imported account missing');
    const refused = await services.handlers.testConnection({ accountId: id, settings: settingsOfView(view).settings });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { insecureAcknowledged: expect.anything() } },
    });
    expect(server.connections()).toBe(0);
    expect(credentialTraces(server, USER, PASSWORD)).toEqual([]);
    // Not a test result: the account's last test is left as it was.
    expect(services.accounts.list().find((account) => account.id === id)?.lastTest).toBeUndefined();
  });

  it('Test all skips an unacknowledged plaintext account with the reason, and tests an acknowledged one', async () => {
    const id = await importUnacknowledged('none');
    // On a server of its own, so that its login cannot be mistaken for the imported account's.
    const other = await startFakeImapServer({ capabilities: ['AUTH=PLAIN'] });
    try {
      const acknowledged = { user: 'acknowledged@contoso.local', password: 'Acknowledged-Password-77' };
      const saved = await services.accounts.save({
        settings: { ...settings('none', true, 'Acknowledged', acknowledged.user), port: other.port },
        password: acknowledged.password,
      });
      if (!saved.ok) throw new Error(english(saved.error.message));

      const result = await services.handlers.testAccounts({});
      if (!result.ok) throw new Error(english(result.error.message));
      const byName = Object.fromEntries(result.value.outcomes.map((outcome) => [outcome.name, outcome]));
      expect(byName.Imported).toEqual({ id, name: 'Imported', skipped: expect.anything() });
      expect(english(byName.Imported?.skipped)).toMatch(
        /^The password would travel unencrypted, and this account does not confirm/,
      );
      expect(byName.Acknowledged?.report?.ok).toBe(true);
      expect(credentialTraces(server, USER, PASSWORD)).toEqual([]);
      expect(server.connections()).toBe(0);
      expect(credentialTraces(other, acknowledged.user, acknowledged.password)).toContain(
        'the AUTHENTICATE PLAIN response',
      );
      expect(services.accounts.list().find((account) => account.id === id)?.lastTest).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});
