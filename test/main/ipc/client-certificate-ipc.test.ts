import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import type { AccountView } from '../../../src/shared/account';
import type { ChosenClientCertificate } from '../../../src/shared/ipc';
import type { ApiMethod } from '../../../src/shared/ipc-channels';
import { createPfxFiles, PFX_PASSWORD } from '../../support/pfx-files';
import { createTestServices } from '../../support/test-services';

const certificates = inject('dovecot').certificates;
const keyPem = readFileSync(certificates.selfSignedKeyFile, 'utf8');
const appPem = `${keyPem}\n${readFileSync(certificates.selfSignedCertFile, 'utf8')}`;
// Any line of the key's body would give it away: the test looks for each of them in every reply.
const keyLines = keyPem.split('\n').filter((line) => line.length > 20 && !line.startsWith('-----'));
const SECRET_CANARY = 'Zx8Q~canary-client-secret-7f3a9c';

const settings = {
  method: 'imap-oauth',
  tenant: 'contoso.onmicrosoft.com',
  clientId: '11111111-2222-3333-4444-555555555555',
  clientCredential: 'certificate',
  authorityHost: 'login.microsoftonline.com',
  server: 'outlook.office365.com',
  port: '993',
  encryption: 'tls',
  validateSsl: true,
  connectionName: 'Invoices (Microsoft 365)',
  emailAddress: 'invoices@contoso.com',
  userName: 'invoices@contoso.com',
  successFolder: 'SuccessProcessing',
  failedFolder: 'FailedProcessing',
  insecureAcknowledged: false,
} as const;

describe('the app certificate and the client secret at the IPC boundary (canary)', () => {
  let directory: string;
  let services: ReturnType<typeof createTestServices>;
  // Every reply the window got, as it crossed (JSON, as Electron's structured clone would carry it).
  const replies: string[] = [];
  const call = async (method: ApiMethod, ...args: unknown[]) => {
    const reply = await dispatch(services.handlers, method, args);
    replies.push(JSON.stringify(reply));
    return reply;
  };

  beforeAll(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-client-certificate-ipc-'));
    services = createTestServices(directory);
    const file = path.join(directory, 'app.pem');
    writeFileSync(file, appPem);
    services.certificateSource.path = file;
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('trades the chosen certificate’s token for its PEM, sealed as the account’s secret', async () => {
    const chosen = await call('chooseClientCertificate');
    if (!chosen.ok || !chosen.value) throw new Error('expected a chosen certificate');
    const { file } = chosen.value as ChosenClientCertificate;

    const saved = await call('saveAccount', { settings, clientCertificateFile: file });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const account = (saved.value as { account: AccountView }).account;
    expect(account.hasPassword).toBe(true);
    // main, not the window, holds the secret: it opens as the PEM for these settings.
    expect(await services.accounts.passwordFor(account.id, account)).toEqual({ ok: true, password: appPem });

    await call('listAccounts');
    await call('getAccount', account.id);
    // Sealed now: the token no longer opens anything, and says so at the credential field.
    expect(await call('saveAccount', { id: account.id, settings, clientCertificateFile: file })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { clientCredential: { key: 'certificateFile.chooseAgain' } } },
    });
  });

  it('a test with a token that is not held never reaches the core', async () => {
    expect(
      await call('testConnection', { settings, clientCertificateFile: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { clientCredential: expect.anything() } } });
  });

  it('keeps a typed client secret in main as well', async () => {
    const saved = await call('saveAccount', {
      settings: { ...settings, clientCredential: 'secret', connectionName: 'Invoices (secret)' },
      password: SECRET_CANARY,
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const account = (saved.value as { account: AccountView }).account;
    expect(await services.accounts.passwordFor(account.id, account)).toEqual({ ok: true, password: SECRET_CANARY });
    await call('listAccounts');
    await call('duplicateAccount', account.id);
  });

  it('a PFX with a password: asked for, a wrong one refused, the right one sent once; the PEM is sealed, not the password', async () => {
    const pfx = createPfxFiles(directory, certificates.selfSignedCertFile, certificates.selfSignedKeyFile);
    services.certificateSource.path = pfx.aes;
    expect(await call('chooseClientCertificate')).toEqual({
      ok: true,
      value: { passwordNeeded: true, name: 'app-aes.pfx' },
    });
    expect(await call('openClientCertificate', { password: 'Falsches-Passwort-1' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: { key: 'pfx.passwordWrong' } },
    });
    // Only the password crosses: the request is strict, so nothing else rides along with it.
    expect(await call('openClientCertificate', { password: PFX_PASSWORD, path: '/etc/passwd' })).toMatchObject({
      ok: false,
    });
    const opened = await call('openClientCertificate', { password: PFX_PASSWORD });
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const { file, name } = opened.value as ChosenClientCertificate;
    expect(name).toBe('app-aes.pfx');
    const saved = await call('saveAccount', {
      settings: { ...settings, connectionName: 'Invoices (PFX)' },
      clientCertificateFile: file,
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const account = (saved.value as { account: AccountView }).account;
    const sealed = await services.accounts.passwordFor(account.id, account);
    if (!sealed.ok) throw new Error('expected the sealed certificate');
    expect(sealed.password).toMatch(/^-----BEGIN PRIVATE KEY-----[\s\S]+-----BEGIN CERTIFICATE-----/);
    expect(sealed.password).not.toContain(PFX_PASSWORD);
    await call('getAccount', account.id);
  });

  it('no reply the window got holds a line of the private key or the client secret', () => {
    expect(replies.length).toBeGreaterThanOrEqual(8);
    const all = replies.join('\n');
    expect(keyLines.length).toBeGreaterThan(5);
    for (const line of keyLines) expect(all).not.toContain(line);
    expect(all).not.toContain('PRIVATE KEY');
    expect(all).not.toContain(SECRET_CANARY);
    expect(all).not.toContain(PFX_PASSWORD);
  });
});
