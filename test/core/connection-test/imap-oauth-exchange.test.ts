import { afterEach, describe, expect, it } from 'vitest';
import { runConnectionTest, type ConnectionTestInput } from '../../../src/core/connection-test/run-connection-test';
import { passwordMasking } from '../../../src/core/connection-test/without-password';
import { appOnlyImapClaims } from '../../support/dovecot-oauth2';
import { startFakeImapServer, type FakeImapOptions, type FakeImapServer } from '../../support/fake-imap-server';
import { reportText } from '../../support/report-text';
import { createTestSigningKey, signTestJwt } from '../../support/test-jwt';

// Exchange Online's answers (outlook.office365.com, as clients' protocol logs show them), replayed by the
// scripted server: Dovecot cannot word them. Its real refusals are proven in test/integration/imap-oauth.test.ts.
const EXCHANGE_GREETING = '* OK The Microsoft Exchange IMAP4 service is ready. [TQBDADEAUABSADAAMQBDAEEAMAAwADQAMgA=]';
const EXCHANGE_CAPABILITIES = [
  'AUTH=PLAIN',
  'AUTH=XOAUTH2',
  'SASL-IR',
  'UIDPLUS',
  'MOVE',
  'ID',
  'UNSELECT',
  'CHILDREN',
];
const MAILBOX = 'invoices@contoso.test';
const CLIENT_ID = '3e2d1c0b-a987-4654-b321-0fedcba98765';
const SERVICE_PRINCIPAL_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

const key = createTestSigningKey();
const token = signTestJwt(
  appOnlyImapClaims({
    tenant: 'contoso.test',
    clientId: CLIENT_ID,
    mailbox: MAILBOX,
    servicePrincipalId: SERVICE_PRINCIPAL_ID,
  }),
  key,
);
const xoauth2 = `user=${MAILBOX}\x01auth=Bearer ${token}\x01\x01`;

let server: FakeImapServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function exchange(script: FakeImapOptions['script'], greeting = EXCHANGE_GREETING): Promise<FakeImapServer> {
  server = await startFakeImapServer({ greeting, capabilities: EXCHANGE_CAPABILITIES, script });
  return server;
}

function tokenTest(against: FakeImapServer, extra: Partial<ConnectionTestInput> = {}): ConnectionTestInput {
  return {
    // Plain text on loopback, acknowledged: the scripted server has no certificate, and TLS is not what is tested.
    settings: { server: against.host, port: against.port, encryption: 'none', validateSsl: false },
    plaintextPasswordAllowed: true,
    userName: MAILBOX,
    accessToken: token,
    timeoutMs: 10_000,
    ...extra,
  };
}

describe('IMAP with OAuth 2.0 against Exchange Online’s answers', () => {
  it('sends the token as XOAUTH2’s initial response, for the mailbox as user=', async () => {
    const fake = await exchange({});
    const report = await runConnectionTest(tokenTest(fake));
    expect(report.error).toBeUndefined();
    const authenticate = fake.received.find((command) => command.name === 'AUTHENTICATE');
    const [, , mechanism, initialResponse = ''] = authenticate?.line.split(' ') ?? [];
    expect(mechanism).toBe('XOAUTH2');
    expect(Buffer.from(initialResponse, 'base64').toString()).toBe(xoauth2);
  });

  it('"NO AUTHENTICATE failed." after a valid token is OAUTH_IMAP_NOT_AUTHORIZED: New-ServicePrincipal with the IDs', async () => {
    const fake = await exchange({ AUTHENTICATE: ({ tag }) => ({ lines: [`${tag} NO AUTHENTICATE failed.`] }) });
    const report = reportText(await runConnectionTest(tokenTest(fake)));
    expect(report.error).toEqual({
      code: 'OAUTH_IMAP_NOT_AUTHORIZED',
      message: `Exchange Online accepted the access token but refused the sign-in to ${MAILBOX} (NO AUTHENTICATE failed.).`,
      hint:
        'The app’s service principal is not registered in Exchange Online. In Exchange Online PowerShell, run: ' +
        `New-ServicePrincipal -AppId ${CLIENT_ID} -ObjectId ${SERVICE_PRINCIPAL_ID}. The object ID is the enterprise ` +
        'application’s (Entra ID > Enterprise applications), not the app registration’s. Then give it the mailbox ' +
        '(Add-MailboxPermission … -AccessRights FullAccess).',
    });
    expect(report.stages.find((stage) => stage.name === 'auth')?.status).toBe('failed');
  });

  it('"AUTHENTICATE failed." for an expired token says the token expired, not that the app is unregistered', async () => {
    const issuedAt = Math.floor(Date.now() / 1000) - 7200;
    const expired = signTestJwt(
      { ...appOnlyImapClaims({ tenant: 'contoso.test', clientId: CLIENT_ID, mailbox: MAILBOX, issuedAt }) },
      key,
    );
    const fake = await exchange({ AUTHENTICATE: ({ tag }) => ({ lines: [`${tag} NO AUTHENTICATE failed.`] }) });
    const report = await runConnectionTest(tokenTest(fake, { accessToken: expired }));
    expect(report.error?.code).toBe('OAUTH_TOKEN_REJECTED');
    expect(report.error?.message).toMatchObject({ key: 'failure.oauthTokenExpired.message' });
  });

  it('"BAD User is authenticated but not connected." is OAUTH_MAILBOX_NO_ACCESS: Add-MailboxPermission for the principal', async () => {
    const notConnected = ({ tag }: { tag: string }) => ({
      lines: [`${tag} BAD User is authenticated but not connected.`],
    });
    const fake = await exchange({
      AUTHENTICATE: ({ tag }) => ({ lines: [`${tag} OK AUTHENTICATE completed.`] }),
      NAMESPACE: notConnected,
      LIST: notConnected,
    });
    const report = reportText(await runConnectionTest(tokenTest(fake)));
    expect(report.error).toEqual({
      code: 'OAUTH_MAILBOX_NO_ACCESS',
      message:
        `Signed in with the access token, but Exchange Online does not open ${MAILBOX} for the app ${CLIENT_ID} ` +
        '(BAD User is authenticated but not connected.).',
      hint:
        'Give the service principal full access to the mailbox in Exchange Online PowerShell: ' +
        `Add-MailboxPermission -Identity ${MAILBOX} -User ${SERVICE_PRINCIPAL_ID} -AccessRights FullAccess. ` +
        'A new permission can take a while to apply. Also check that the mailbox exists and that IMAP is enabled ' +
        'for it (Set-CASMailbox -ImapEnabled $true).',
    });
  });

  it('a password login that gets the same answers keeps today’s codes', async () => {
    const fake = await exchange({ AUTHENTICATE: ({ tag }) => ({ lines: [`${tag} NO AUTHENTICATE failed.`] }) });
    const { accessToken: _none, ...withPassword } = tokenTest(fake);
    const report = await runConnectionTest({ ...withPassword, password: 'a password' });
    expect(report.error?.code).toBe('AUTH_FAILED');
  });
});

// Short and opaque, as Entra ID's access tokens for personal accounts are: a transcript line is cut at 500
// characters, and a JWT (about 700) would be cut before a check could find all of it.
const CANARY = 'EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA-canary';
const CANARY_XOAUTH2 = `user=${MAILBOX}\x01auth=Bearer ${CANARY}\x01\x01`;
const CANARY_FORMS = [
  CANARY,
  Buffer.from(CANARY).toString('base64'),
  CANARY_XOAUTH2,
  Buffer.from(CANARY_XOAUTH2).toString('base64'),
];

describe('a canary access token', () => {
  it('is masked in the transcript when the server quotes it back, and the XOAUTH2 response with it', async () => {
    const fake = await exchange({
      AUTHENTICATE: ({ tag }) => ({
        lines: [
          `${tag} NO [AUTHENTICATIONFAILED] Rejected ${Buffer.from(CANARY_XOAUTH2).toString('base64')} (${CANARY})`,
        ],
      }),
    });
    const report = await runConnectionTest(tokenTest(fake, { accessToken: CANARY }));
    expect(report.error?.code).toBe('OAUTH_TOKEN_REJECTED');
    // The quote is really there, redacted twice: the check below is not passed by a transcript without it.
    expect(report.transcript).toContainEqual(
      expect.stringMatching(/^S: \S+ NO \[AUTHENTICATIONFAILED\] Rejected <redacted> \(<redacted>\)$/),
    );
    const transcript = JSON.stringify(report.transcript);
    for (const form of CANARY_FORMS) expect(transcript).not.toContain(form);
  });

  it('never reaches the report, its error or its text, from a server that greets with it and names a folder after it', async () => {
    const fake = await exchange(
      {
        LIST: ({ tag }) => ({
          lines: [
            '* LIST (\\HasNoChildren) "/" INBOX',
            `* LIST (\\HasNoChildren) "/" "Leak ${CANARY}"`,
            `${tag} OK LIST`,
          ],
        }),
      },
      `${EXCHANGE_GREETING} ${Buffer.from(CANARY).toString('base64')}`,
    );
    const report = await passwordMasking(runConnectionTest)(tokenTest(fake, { accessToken: CANARY }));
    expect(report.error).toBeUndefined();
    // The folder list and the greeting carried the canary: the check below is not passed by a report without them.
    expect(report.mailbox?.folders).toContainEqual(expect.stringContaining('Leak <redacted>'));
    expect(report.server?.greeting).toMatch(/ <redacted>$/);
    const everything = JSON.stringify([report, reportText(report)]);
    for (const form of CANARY_FORMS) expect(everything).not.toContain(form);
  });
});
