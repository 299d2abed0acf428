import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { AccountsService } from '../../src/core/accounts/accounts-service';
import { openAccountsFile } from '../../src/core/accounts/accounts-file';
import { bindingOf, SecretsService } from '../../src/core/secrets';
import { runMethodTest } from '../../src/core/connection-test/run-method-test';
import { SavedAccountsTester } from '../../src/core/test-all/test-saved-accounts';
import { newAccountDefaults, type AccountSettingsInput } from '../../src/shared/account';
import { message } from '../../src/shared/i18n/message';
import { createAesTestCipher } from '../support/aes-test-cipher';
import { startFakeImapServer, type FakeImapServer } from '../support/fake-imap-server';
import { accountsFileText } from '../support/stored-accounts';
import { createTestServices } from '../support/test-services';
import { english } from '../support/report-text';

const dovecot = inject('dovecot');
const PASSWORD = 'Bound-Pässword-7c1e';
const OTHER_PASSWORD = 'Other-Pässword-2b9d';

/**
 * Every form a password could take on the wire, as the servers' bytes read in latin1 (one character
 * per byte): UTF-8, base64 (AUTHENTICATE PLAIN), hex, UTF-16.
 */
function encodingsOf(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  return [
    bytes.toString('latin1'),
    bytes.toString('base64'),
    bytes.toString('hex'),
    Buffer.from(secret, 'utf16le').toString('latin1'),
  ];
}

const CREDENTIAL_COMMANDS = new Set(['LOGIN', 'AUTHENTICATE', 'SASL-RESPONSE']);

/*
 * Two recording servers with the test CA's certificate for 127.0.0.1 and localhost: the account's
 * own, and one on another port. Every variant below would sign in to one of them (the first test
 * proves the unchanged account does), so a password that slips past the binding is recorded.
 */
let home: FakeImapServer;
let otherPort: FakeImapServer;
beforeAll(async () => {
  const implicitTls = {
    certFile: dovecot.certificates.serverCertFile,
    keyFile: dovecot.certificates.serverKeyFile,
  };
  home = await startFakeImapServer({ implicitTls });
  otherPort = await startFakeImapServer({ implicitTls });
});
afterAll(async () => {
  await home.close();
  await otherPort.close();
});

/** What the servers received since `mark`: commands, and whether any carried a credential or the password. */
function traffic(mark: Mark) {
  const commands = [...home.received.slice(mark.home), ...otherPort.received.slice(mark.otherPort)];
  const bytes = Buffer.concat([
    home.receivedBytes().subarray(mark.homeBytes),
    otherPort.receivedBytes().subarray(mark.otherPortBytes),
  ]).toString('latin1');
  return {
    commands: commands.map((command) => command.name),
    credentials: commands.filter((command) => CREDENTIAL_COMMANDS.has(command.name)),
    passwordSeen: [PASSWORD].some((secret) => encodingsOf(secret).some((encoded) => bytes.includes(encoded))),
  };
}
interface Mark {
  home: number;
  otherPort: number;
  homeBytes: number;
  otherPortBytes: number;
}
const markNow = (): Mark => ({
  home: home.received.length,
  otherPort: otherPort.received.length,
  homeBytes: home.receivedBytes().length,
  otherPortBytes: otherPort.receivedBytes().length,
});

function baseSettings(): AccountSettingsInput & { port: number } {
  return {
    ...newAccountDefaults(),
    server: '127.0.0.1',
    port: home.port,
    encryption: 'tls',
    validateSsl: true,
    connectionName: 'Invoices',
    emailAddress: 'invoices@contoso.com',
    userName: 'scanner',
  };
}

/** Each setting that decides where the password goes, changed alone to a value that still reaches a recording server. */
const VARIANTS: { field: string; change: () => Partial<AccountSettingsInput> }[] = [
  { field: 'server', change: () => ({ server: 'localhost' }) },
  { field: 'port', change: () => ({ port: otherPort.port }) },
  { field: 'userName', change: () => ({ userName: 'someone-else' }) },
  { field: 'sharedMailboxAlias', change: () => ({ sharedMailboxAlias: 'shared' }) },
  { field: 'encryption', change: () => ({ encryption: 'ssl' }) },
  { field: 'validateSsl', change: () => ({ validateSsl: false }) },
  {
    field: 'trustedFingerprint',
    change: () => ({
      trustedFingerprint: new X509Certificate(readFileSync(dovecot.certificates.serverCertFile)).fingerprint256,
    }),
  },
  { field: 'caCertificatePem', change: () => ({ caCertificatePem: dovecot.caPem }) },
];

describe('a stored password is bound to every setting that decides where it goes', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-binding-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('signs in with the stored password while nothing changed (the servers record a real LOGIN)', async () => {
    const { handlers } = createTestServices(directory);
    const saved = await handlers.saveAccount({ settings: baseSettings(), password: PASSWORD });
    if (!saved.ok) throw new Error(english(saved.error.message));
    const mark = markNow();
    const tested = await handlers.testConnection({ accountId: saved.value.account.id, settings: baseSettings() });
    expect(tested.ok && tested.value.error).toBeUndefined();
    expect(traffic(mark)).toMatchObject({ credentials: [{ name: 'LOGIN' }], passwordSeen: true });
    expect(traffic(mark).credentials[0]?.line).toContain(`"${Buffer.from(PASSWORD).toString('latin1')}"`);
    // Each variant reaches a server too: typed in, its password is sent (so withholding below is the binding's doing).
    for (const variant of VARIANTS) {
      const before = markNow();
      const typed = await handlers.testConnection({
        settings: { ...baseSettings(), ...variant.change() },
        password: OTHER_PASSWORD,
      });
      expect(typed.ok && typed.value.error, variant.field).toBeUndefined();
      expect(traffic(before).credentials, variant.field).toHaveLength(1);
    }
  });

  it.each(VARIANTS)(
    'withholds it once $field alone changed: in the form’s test, in the list and in Test all',
    async ({ change }) => {
      const { handlers } = createTestServices(directory);
      const saved = await handlers.saveAccount({ settings: baseSettings(), password: PASSWORD });
      if (!saved.ok) throw new Error(english(saved.error.message));
      const id = saved.value.account.id;
      const changed = { ...baseSettings(), ...change() };

      // Test connection with the edited form, not saved yet.
      let mark = markNow();
      const fromForm = await handlers.testConnection({ accountId: id, settings: changed });
      expect(fromForm).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fieldErrors: { password: message('password.bindingChanged') } },
      });
      expect(traffic(mark)).toEqual({ commands: [], credentials: [], passwordSeen: false });

      // Saved without typing the password again: the form says so, and nothing uses the old one.
      const resaved = await handlers.saveAccount({ id, settings: changed });
      expect(resaved.ok && resaved.value.account).toMatchObject({ hasPassword: true, passwordNeedsReentry: true });
      mark = markNow();
      const all = await handlers.testAccounts({});
      expect(all.ok && all.value.outcomes).toEqual([
        { id, name: 'Invoices', skipped: message('password.bindingChanged') },
      ]);
      const saved2 = await handlers.testConnection({ accountId: id, settings: changed });
      expect(saved2).toMatchObject({
        ok: false,
        error: { fieldErrors: { password: message('password.bindingChanged') } },
      });
      expect(traffic(mark)).toEqual({ commands: [], credentials: [], passwordSeen: false });

      // Entering it again binds it to the new settings.
      const reentered = await handlers.saveAccount({ id, settings: changed, password: PASSWORD });
      expect(reentered.ok && reentered.value.account.passwordNeedsReentry).toBe(false);
      mark = markNow();
      const retested = await handlers.testConnection({ accountId: id, settings: changed });
      expect(retested.ok && retested.value.error).toBeUndefined();
      expect(traffic(mark).credentials).toHaveLength(1);
    },
  );
});

describe('an accounts file edited on disk cannot redirect a stored password', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-tamper-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('Test all skips the account pointed at another server (hint recomputed) and still signs in the others', async () => {
    const cipher = createAesTestCipher();
    const first = new AccountsService(openAccountsFile(directory), new SecretsService(cipher));
    // The victim lives on a server nobody records; the file then points it at a recording one.
    const victim = await first.save({
      settings: { ...baseSettings(), server: '127.0.0.2', connectionName: 'Victim' },
      password: PASSWORD,
    });
    const bystander = await first.save({
      settings: { ...baseSettings(), connectionName: 'Bystander', userName: 'bystander' },
      password: OTHER_PASSWORD,
    });
    if (!victim.ok || !bystander.ok) throw new Error('save failed');

    const file = path.join(directory, 'accounts.json');
    const document = JSON.parse(readFileSync(file, 'utf8')) as {
      accounts: { id: string; server: string; port: number; secret: { binding: string } }[];
    };
    const edited = document.accounts.find((account) => account.id === victim.value.account.id);
    if (!edited) throw new Error('victim not on disk');
    edited.server = '127.0.0.1';
    edited.secret.binding = bindingOf({ ...baseSettings(), server: '127.0.0.1' });
    writeFileSync(file, accountsFileText(document));

    const reloaded = new AccountsService(openAccountsFile(directory), new SecretsService(cipher));
    const mark = markNow();
    const result = await new SavedAccountsTester(reloaded, (input) => runMethodTest(input)).run(undefined);
    if (!result.ok) throw new Error(english(result.error.message));
    const outcome = (id: string) => result.value.outcomes.find((candidate) => candidate.id === id);
    expect(outcome(victim.value.account.id)).toMatchObject({ skipped: message('password.bindingChanged') });
    expect(outcome(bystander.value.account.id)?.report?.ok).toBe(true);
    expect(traffic(mark).credentials.map((command) => command.line)).toEqual([expect.stringContaining('bystander')]);
    const bytes = home.receivedBytes().subarray(mark.homeBytes).toString('latin1');
    for (const encoded of encodingsOf(PASSWORD)) expect(bytes).not.toContain(encoded);
    // The list learned it from the sealed copy, although the clear hint was forged to match.
    expect(reloaded.get(victim.value.account.id)).toMatchObject({ value: { passwordNeedsReentry: true } });
  });
});
