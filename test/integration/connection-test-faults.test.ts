import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { type ConnectionTestInput } from '../../src/core/connection-test/run-connection-test';
import type { ConnectionTestReportText } from '../../src/shared/report-text';
import { runConnectionTestInEnglish as runConnectionTest } from '../support/report-text';
import type { Encryption } from '../../src/shared/encryption';
import { credentialTraces } from '../support/credential-traces';
import { startFakeImapServer, type FakeImapOptions, type FakeImapServer } from '../support/fake-imap-server';

const { certificates } = inject('dovecot');
const PASSWORD = 'Fake-Server-Secret-42';
const SHORT_TIMEOUT_MS = 2000;
const expired = { certFile: certificates.expiredCertFile, keyFile: certificates.expiredKeyFile };
const wrongHost = { certFile: certificates.wrongHostCertFile, keyFile: certificates.wrongHostKeyFile };
const trusted = { certFile: certificates.serverCertFile, keyFile: certificates.serverKeyFile };

let server: FakeImapServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function against(
  options: FakeImapOptions,
  encryption: Encryption,
  extra: Partial<ConnectionTestInput> = {},
): Promise<ConnectionTestReportText> {
  server = await startFakeImapServer(options);
  return runConnectionTest({
    settings: { server: server.host, port: server.port, encryption, validateSsl: true },
    userName: 'CONTOSO\\scanner',
    password: PASSWORD,
    timeoutMs: SHORT_TIMEOUT_MS,
    ...extra,
  });
}

const loginsSent = () =>
  (server?.received ?? []).filter((command) => /^(LOGIN|AUTHENTICATE|SASL-RESPONSE)$/.test(command.name));
/** No backslash: imapflow then picks AUTHENTICATE PLAIN when offered and checks LOGINDISABLED not at all. */
const PLAIN_USER = 'scanner@contoso.local';
/** A server that forbids a plaintext login, yet would accept one: only the app's own check stops the password. */
const LOGIN_DISABLED_BUT_WILLING = ['LOGINDISABLED', 'AUTH=PLAIN'];

/** Neither the recorded commands nor any byte the server received carry a credential, in any form. */
function expectNoCredentialSent(): void {
  expect(credentialTraces(server as FakeImapServer, PLAIN_USER, PASSWORD)).toEqual([]);
}

const stageOf = (report: ConnectionTestReportText, name: string) => report.stages.find((stage) => stage.name === name);

function expectNoSecretAnywhere(report: ConnectionTestReportText): void {
  const text = JSON.stringify(report);
  expect(text).not.toContain(PASSWORD);
  expect(text).not.toContain(Buffer.from(PASSWORD).toString('base64'));
}

describe('connection test against scripted fake servers', () => {
  it('a server that never greets is GREETING_TIMEOUT within the configured time', async () => {
    const report = await against({ greeting: null }, 'starttls');
    expect(report.error?.code).toBe('GREETING_TIMEOUT');
    expect(stageOf(report, 'greeting')?.status).toBe('failed');
    expect(report.durationMs).toBeLessThan(SHORT_TIMEOUT_MS + 1000);
    expect(loginsSent()).toEqual([]);
  });

  it('a BYE greeting (connection limit) is SERVER_BYE with the server’s words, and no login', async () => {
    const report = await against({ greeting: '* BYE Too many connections from your IP' }, 'starttls');
    expect(report.error?.code).toBe('SERVER_BYE');
    expect(report.error?.message).toContain('Too many connections');
    expect(loginsSent()).toEqual([]);
  });

  it('an SMTP greeting on the port is NOT_IMAP, and nothing is sent', async () => {
    const report = await against({ greeting: '220 mail.contoso.local Microsoft ESMTP MAIL Service ready' }, 'starttls');
    expect(report.error?.code).toBe('NOT_IMAP');
    expect(report.error?.message).toContain('220 mail.contoso.local');
    expect(server?.received).toEqual([]);
  });

  it('an endless line is cut off at the line limit as NOT_IMAP, long before the server is done', async () => {
    const limit = 8 * 1024 * 1024;
    const report = await against({ endlessLineBytes: limit }, 'starttls');
    expect(report.error?.code).toBe('NOT_IMAP');
    expect(report.error?.message).toMatch(/longer than 65536 bytes/);
    expect(report.error?.hint).toMatch(/does not answer like an IMAP server/);
    expect(server?.endlessBytesWritten()).toBeLessThan(limit);
  });

  it('a connection dropped during login is CONNECTION_CLOSED at the auth stage', async () => {
    const report = await against(
      { starttls: trusted, script: { LOGIN: () => ({ lines: [], close: true }) } },
      'starttls',
    );
    expect(report.error?.code).toBe('CONNECTION_CLOSED');
    expect(stageOf(report, 'auth')?.status).toBe('failed');
    expect(loginsSent().every((command) => command.secure)).toBe(true);
    expectNoSecretAnywhere(report);
  });

  it('a login that stalls is CONNECTION_TIMEOUT at the auth stage, within the configured time', async () => {
    const report = await against({ starttls: trusted, script: { LOGIN: () => ({ silence: true }) } }, 'starttls');
    expect(report.error?.code).toBe('CONNECTION_TIMEOUT');
    expect(stageOf(report, 'auth')?.status).toBe('failed');
    expect(report.durationMs).toBeLessThan(SHORT_TIMEOUT_MS + 1000);
  });

  it('STARTTLS against a server without it is STARTTLS_UNAVAILABLE, and no login is sent', async () => {
    const report = await against({}, 'starttls');
    expect(report.error?.code).toBe('STARTTLS_UNAVAILABLE');
    expect(report.error?.hint).toMatch(/SSL on port 993/);
    expect(loginsSent()).toEqual([]);
  });

  it('STARTTLS refused by the server never falls back to a plaintext login', async () => {
    const report = await against(
      { starttls: trusted, script: { STARTTLS: ({ tag }) => ({ lines: [`${tag} NO TLS not available right now`] }) } },
      'starttls',
    );
    expect(report.error).toMatchObject({
      code: 'STARTTLS_UNAVAILABLE',
      message: `${server?.host}:${server?.port} offers STARTTLS but refused to start it, so no password was sent.`,
    });
    expect(stageOf(report, 'starttls')?.status).toBe('failed');
    expect(server?.received.map((command) => command.name)).toContain('STARTTLS');
    expect(loginsSent()).toEqual([]);
  });

  it('None on a server with LOGINDISABLED and no STARTTLS is LOGIN_DISABLED, and no login is sent', async () => {
    const report = await against({ capabilities: ['LOGINDISABLED'] }, 'none', { plaintextPasswordAllowed: true });
    expect(report.error?.code).toBe('LOGIN_DISABLED');
    expect(loginsSent()).toEqual([]);
  });

  it.each(['LOGINDISABLED', 'DISABLED', 'D AUTH=PLAIN'])(
    'LOGINDISABLED still stops the login when the greeting arrives cut before "%s"',
    async (cutBefore) => {
      const report = await against({ capabilities: LOGIN_DISABLED_BUT_WILLING, greetingCutBefore: cutBefore }, 'none', {
        userName: PLAIN_USER,
        plaintextPasswordAllowed: true,
      });
      expect(report.error?.code).toBe('LOGIN_DISABLED');
      expectNoCredentialSent();
    },
  );

  it('the fake server really takes an AUTHENTICATE PLAIN login in clear text when LOGINDISABLED is absent', async () => {
    // The control for the tests below: the password does reach these bytes when nothing stops it.
    const report = await against({ capabilities: ['AUTH=PLAIN'] }, 'notls', {
      userName: PLAIN_USER,
      plaintextPasswordAllowed: true,
    });
    expect(report.ok).toBe(true);
    expect(credentialTraces(server as FakeImapServer, PLAIN_USER, PASSWORD)).toEqual(
      expect.arrayContaining(['command AUTHENTICATE', 'command SASL-RESPONSE', 'the AUTHENTICATE PLAIN response']),
    );
    expectNoSecretAnywhere(report);
  });

  it.each(['none', 'notls'] as const)(
    '%s against LOGINDISABLED AUTH=PLAIN (a server that would take the login) is LOGIN_DISABLED, no credential sent',
    async (encryption) => {
      const report = await against({ capabilities: LOGIN_DISABLED_BUT_WILLING }, encryption, {
        userName: PLAIN_USER,
        plaintextPasswordAllowed: true,
      });
      expect(report.error?.code).toBe('LOGIN_DISABLED');
      expect(report.error?.hint).toMatch(/STARTTLS/);
      expectNoCredentialSent();
      expectNoSecretAnywhere(report);
    },
  );

  it('STARTTLS against LOGINDISABLED AUTH=PLAIN without STARTTLS is STARTTLS_UNAVAILABLE, no credential sent', async () => {
    const report = await against({ capabilities: LOGIN_DISABLED_BUT_WILLING }, 'starttls', { userName: PLAIN_USER });
    expect(report.error?.code).toBe('STARTTLS_UNAVAILABLE');
    expectNoCredentialSent();
  });

  it('STARTTLS whose certificate does not match the pinned fingerprint is TLS_CERT_CHANGED, no credential sent', async () => {
    const otherPin = new X509Certificate(readFileSync(certificates.expiredCertFile)).fingerprint256;
    const report = await against({ starttls: trusted, capabilities: ['AUTH=PLAIN'] }, 'starttls', {
      userName: PLAIN_USER,
      pinnedSha256: otherPin,
    });
    expect(report.error?.code).toBe('TLS_CERT_CHANGED');
    expect(report.error?.message).toContain(otherPin);
    expect(stageOf(report, 'starttls')?.status).toBe('failed');
    expect(server?.received.map((command) => command.name)).toContain('STARTTLS');
    expectNoCredentialSent();
  });

  it('None and No TLS stay plain even when STARTTLS is offered: no upgrade, and LOGINDISABLED still stops the password', async () => {
    for (const encryption of ['none', 'notls'] as const) {
      const plain = await against({ starttls: trusted }, encryption, { plaintextPasswordAllowed: true });
      expect(plain.ok).toBe(true);
      expect(server?.received.map((command) => command.name)).not.toContain('STARTTLS');
      expect(loginsSent().length).toBeGreaterThan(0);
      expect(loginsSent().every((command) => !command.secure)).toBe(true);
      expect(stageOf(plain, 'starttls')).toMatchObject({
        status: 'skipped',
        detail: 'never used: the option is unencrypted',
      });
      expect(plain.tls).toBeUndefined();
      await server?.close();

      const refused = await against({ starttls: trusted, capabilities: LOGIN_DISABLED_BUT_WILLING }, encryption, {
        userName: PLAIN_USER,
        plaintextPasswordAllowed: true,
      });
      expect(refused.error?.code).toBe('LOGIN_DISABLED');
      expect(server?.received.map((command) => command.name)).not.toContain('STARTTLS');
      expectNoCredentialSent();
      await server?.close();
    }
  });

  it.each(['none', 'notls'] as const)(
    '%s with a user but without the plaintext acknowledgement is INVALID_SETTINGS before any connection',
    async (encryption) => {
      const report = await against({ capabilities: ['AUTH=PLAIN'] }, encryption, { userName: PLAIN_USER });
      expect(report.error?.code).toBe('INVALID_SETTINGS');
      expect(report.error?.message).toMatch(/would travel unencrypted/);
      expect(server?.connections()).toBe(0);
      // Without a user name there is no login to protect: the server is still checked, up to the greeting.
      const { host, port } = server as FakeImapServer;
      const reachable = await runConnectionTest({
        settings: { server: host, port, encryption, validateSsl: false },
        timeoutMs: SHORT_TIMEOUT_MS,
      });
      expect(reachable.ok).toBe(true);
      expect(stageOf(reachable, 'auth')?.status).toBe('skipped');
      expectNoCredentialSent();
    },
  );

  it('an expired certificate is TLS_CERT_EXPIRED naming the date, before anything is sent', async () => {
    const report = await against({ implicitTls: expired }, 'ssl');
    expect(report.error?.code).toBe('TLS_CERT_EXPIRED');
    expect(report.error?.message).toBe("The server's certificate expired on 2020-02-01 00:00 UTC.");
    expect(server?.received).toEqual([]);
  });

  it('a certificate for another host is TLS_HOSTNAME_MISMATCH naming both names', async () => {
    const report = await against({ implicitTls: wrongHost }, 'ssl');
    expect(report.error?.code).toBe('TLS_HOSTNAME_MISMATCH');
    expect(report.error?.message).toBe('The certificate is for DNS:other.example.test, not for 127.0.0.1.');
    expect(server?.received).toEqual([]);
  });

  it('Validate SSL off accepts the expired certificate and reports the connection as not authorized', async () => {
    server = await startFakeImapServer({ implicitTls: expired });
    const report = await runConnectionTest({
      settings: { server: server.host, port: server.port, encryption: 'ssl', validateSsl: false },
      userName: 'user',
      password: PASSWORD,
      timeoutMs: SHORT_TIMEOUT_MS,
    });
    expect(report.ok).toBe(true);
    expect(report.tls).toMatchObject({ authorized: false, authorizationError: 'CERT_HAS_EXPIRED' });
  });

  it('a mailbox that cannot be read after login is MAILBOX_UNAVAILABLE', async () => {
    const report = await against(
      {
        implicitTls: trusted,
        script: { STATUS: ({ tag }) => ({ lines: [`${tag} NO [NONEXISTENT] Mailbox doesn't exist: INBOX`] }) },
      },
      'ssl',
    );
    expect(report.error?.code).toBe('MAILBOX_UNAVAILABLE');
    expect(stageOf(report, 'auth')?.status).toBe('ok');
    expect(stageOf(report, 'mailbox')?.status).toBe('failed');
  });

  it('a server that echoes the password in its rejection does not get it into the report', async () => {
    const report = await against(
      {
        implicitTls: trusted,
        script: { LOGIN: ({ tag, line }) => ({ lines: [`${tag} NO [AUTHENTICATIONFAILED] rejected: ${line}`] }) },
      },
      'ssl',
    );
    expect(report.error?.code).toBe('AUTH_FAILED');
    expect(report.transcript?.some((line) => line.includes('rejected'))).toBe(true);
    expectNoSecretAnywhere(report);
  });

  it('invalid settings are INVALID_SETTINGS without any connection', async () => {
    server = await startFakeImapServer();
    const report = await runConnectionTest({
      settings: { server: `${server.host}:${server.port}`, port: server.port, encryption: 'ssl', validateSsl: true },
    });
    expect(report.error?.code).toBe('INVALID_SETTINGS');
    expect(report.stages.every((stage) => stage.status === 'skipped')).toBe(true);
    const badPort = await runConnectionTest({
      settings: { server: server.host, port: 70000, encryption: 'ssl', validateSsl: true },
    });
    expect(badPort.error?.message).toMatch(/Port 70000/);
    expect(server.connections()).toBe(0);
  });
});
