import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConnectionTest, type ConnectionTestInput } from '../../src/core/connection-test/run-connection-test';
import { passwordMasking } from '../../src/core/connection-test/without-password';
import type { ConnectionTestReport } from '../../src/shared/connection-test';
import { startDovecot, TEST_USERS, type DovecotServer } from '../support/dovecot';
import { appOnlyImapClaims, entraIssuer, TEST_MAILBOX_CLAIM } from '../support/dovecot-oauth2';
import { reportText } from '../support/report-text';
import { createTestSigningKey, signTestJwt, type TestSigningKey } from '../support/test-jwt';

// A Dovecot of its own with the oauth2 passdb (the shared one stays password-only and fast). Dovecot checks
// the tokens itself: signature, expiry, issuer, audience and the mailbox, so each refusal here is the server's.
const TENANT = '0b9f3c1e-5d2a-4e8b-9c7f-1a2b3c4d5e6f';
const CLIENT_ID = '3e2d1c0b-a987-4654-b321-0fedcba98765';
const { invoices, empty } = TEST_USERS;

let dovecot: DovecotServer;
let key: TestSigningKey;

beforeAll(async () => {
  key = createTestSigningKey();
  dovecot = await startDovecot({ oauth2: { signingKey: key, issuers: [entraIssuer(TENANT)] } });
});
afterAll(async () => {
  await dovecot.stop();
});

function tokenFor(overrides: Record<string, unknown> = {}, signWith?: TestSigningKey): string {
  const claims = {
    ...appOnlyImapClaims({ tenant: TENANT, clientId: CLIENT_ID, mailbox: invoices.user }),
    ...overrides,
  };
  return signTestJwt(claims, key, signWith ? { signWith: signWith.privateKey } : {});
}

/**
 * A token test of the invoices mailbox over implicit TLS, from `localAddress`: after a refusal Dovecot
 * delays the next login from the same address, so each refusal comes from an address of its own.
 */
function testWithToken(accessToken: string, localAddress: string, extra: Partial<ConnectionTestInput> = {}) {
  return runConnectionTest({
    settings: { server: 'localhost', port: dovecot.imapsPort, encryption: 'ssl', validateSsl: true },
    userName: invoices.user,
    accessToken,
    // This Dovecot has a CA of its own; the account's CA file is how an admin trusts an internal one.
    caPem: dovecot.certificates.caPem,
    timeoutMs: 15_000,
    localAddress,
    ...extra,
  });
}

/** Dovecot's own reason for the logins from `address` (auth_verbose), to tell its refusals apart. */
function dovecotSaysFor(address: string): string {
  const log = readFileSync(`${dovecot.directory}/dovecot.log`, 'utf8');
  return log
    .split('\n')
    .filter((line) => line.includes(`,${address},`) || line.includes(`rip=${address},`))
    .join('\n');
}

function statuses(report: ConnectionTestReport): Record<string, string> {
  return Object.fromEntries(report.stages.map((stage) => [stage.name, stage.status]));
}

describe('IMAP with OAuth 2.0 against Dovecot’s oauth2 passdb', () => {
  it('signs the mailbox in with XOAUTH2 and reads INBOX as a password login does', async () => {
    const token = tokenFor();
    const report = await testWithToken(token, '127.0.0.40');
    expect(report.error).toBeUndefined();
    expect(statuses(report)).toEqual({
      dns: 'ok',
      tcp: 'ok',
      tls: 'ok',
      greeting: 'ok',
      starttls: 'skipped',
      auth: 'ok',
      mailbox: 'ok',
      logout: 'ok',
    });
    expect(report.mailbox?.inbox).toEqual({ messages: invoices.messages, unseen: invoices.messages });
    expect(report.mailbox?.processingFolders?.map((folder) => folder.exists)).toEqual([true, true, true]);
    const text = reportText(report);
    expect(text.stages.find((stage) => stage.name === 'auth')?.detail).toBe(
      `signed in as ${invoices.user} with an access token (OAuth 2.0)`,
    );
    // Dovecot offers only XOAUTH2 here, as Exchange Online does, and logged the login with it.
    expect(dovecotSaysFor('127.0.0.40')).toMatch(/Login: user=<invoices@example\.test>, method=XOAUTH2/);
    expect(report.transcript).toContainEqual(expect.stringMatching(/^C: \S+ AUTHENTICATE <redacted>$/));
    const everything = JSON.stringify(report);
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(Buffer.from(token).toString('base64'));
  });

  it('keeps the password users working beside the oauth2 passdb', async () => {
    const report = await runConnectionTest({
      settings: { server: '127.0.0.1', port: dovecot.imapsPort, encryption: 'tls', validateSsl: true },
      userName: empty.user,
      password: empty.password,
      caPem: dovecot.certificates.caPem,
      timeoutMs: 15_000,
    });
    expect(report.error).toBeUndefined();
    expect(report.mailbox?.inbox.messages).toBe(0);
  });

  it('an expired token is refused by Dovecot: OAUTH_TOKEN_REJECTED, saying when it expired', async () => {
    const issuedAt = Math.floor(Date.now() / 1000) - 7200;
    const expired = tokenFor({ iat: issuedAt, nbf: issuedAt, exp: issuedAt + 3600 });
    const report = reportText(await testWithToken(expired, '127.0.0.41'));
    expect(report.error?.code).toBe('OAUTH_TOKEN_REJECTED');
    expect(report.error?.message).toBe(
      `The server refused the access token: it expired at ${new Date((issuedAt + 3600) * 1000).toISOString()}.`,
    );
    expect(report.error?.hint).toMatch(/^Request a new token/);
    expect(report.stages.find((stage) => stage.name === 'auth')?.status).toBe('failed');
    expect(dovecotSaysFor('127.0.0.41')).toContain('Token has expired');
  });

  it('a token for another audience (Microsoft Graph) is refused by Dovecot: OAUTH_TOKEN_REJECTED, naming both', async () => {
    const forGraph = tokenFor({ aud: 'https://graph.microsoft.com' });
    const report = reportText(await testWithToken(forGraph, '127.0.0.42'));
    expect(report.error?.code).toBe('OAUTH_TOKEN_REJECTED');
    expect(report.error?.message).toBe(
      'The server refused the access token: it is for https://graph.microsoft.com, not for https://outlook.office365.com.',
    );
    expect(report.error?.hint).toContain('https://outlook.office365.com/.default');
    expect(dovecotSaysFor('127.0.0.42')).toContain("Token audience does not include 'https://outlook.office365.com'");
  });

  it('a token with a bad signature is refused by Dovecot: OAUTH_TOKEN_REJECTED with the app’s client ID', async () => {
    const forged = tokenFor({}, createTestSigningKey());
    const report = reportText(await testWithToken(forged, '127.0.0.43'));
    expect(report.error?.code).toBe('OAUTH_TOKEN_REJECTED');
    expect(report.error?.message).toBe(`The server refused the access token for ${invoices.user}.`);
    expect(report.error?.hint).toContain(`application (client) ID ${CLIENT_ID}`);
    expect(dovecotSaysFor('127.0.0.43')).toMatch(/Local validation failed: .*(signature|verify)/i);
  });

  it('a token from another tenant’s issuer, and one granted another mailbox, are refused too', async () => {
    const otherTenant = reportText(await testWithToken(tokenFor({ iss: entraIssuer('contoso.test') }), '127.0.0.44'));
    expect(otherTenant.error?.code).toBe('OAUTH_TOKEN_REJECTED');
    expect(dovecotSaysFor('127.0.0.44')).toContain('is not allowed');
    const otherMailbox = reportText(await testWithToken(tokenFor({ [TEST_MAILBOX_CLAIM]: empty.user }), '127.0.0.45'));
    expect(otherMailbox.error?.code).toBe('OAUTH_TOKEN_REJECTED');
    expect(dovecotSaysFor('127.0.0.45')).toContain('did not match');
  });

  it('a refusal never carries the token: not in the transcript, the report or the error', async () => {
    const forged = tokenFor({}, createTestSigningKey());
    const report = await passwordMasking(runConnectionTest)({
      settings: { server: 'localhost', port: dovecot.imapsPort, encryption: 'ssl', validateSsl: true },
      userName: invoices.user,
      accessToken: forged,
      caPem: dovecot.certificates.caPem,
      timeoutMs: 15_000,
      localAddress: '127.0.0.46',
    });
    expect(report.error?.code).toBe('OAUTH_TOKEN_REJECTED');
    const everything = JSON.stringify([report, reportText(report)]);
    const xoauth2 = `user=${invoices.user}\x01auth=Bearer ${forged}\x01\x01`;
    for (const form of [forged, Buffer.from(forged).toString('base64'), Buffer.from(xoauth2).toString('base64')])
      expect(everything).not.toContain(form);
  });
});
