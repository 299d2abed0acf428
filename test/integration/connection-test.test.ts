import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { runConnectionTestInEnglish as runConnectionTest } from '../support/report-text';
import { TEST_USERS } from '../support/dovecot';

const dovecot = inject('dovecot');
const { invoices, domainUser, empty } = TEST_USERS;

type Settings = Parameters<typeof runConnectionTest>[0]['settings'];

/** One test with the given settings and user; from `localAddress` where Dovecot's login penalty must not spill over. */
function testWith(settings: Settings, user: { user: string; password: string }, localAddress?: string) {
  return runConnectionTest({
    settings,
    userName: user.user,
    password: user.password,
    timeoutMs: 15_000,
    ...(localAddress ? { localAddress } : {}),
  });
}

function statuses(report: Awaited<ReturnType<typeof runConnectionTest>>): Record<string, string> {
  return Object.fromEntries(report.stages.map((stage) => [stage.name, stage.status]));
}

describe('connection test against Dovecot', () => {
  it('signs in over implicit TLS (SSL), validates the CA-signed certificate and reads INBOX', async () => {
    const report = await testWith(
      { server: 'localhost', port: dovecot.imapsPort, encryption: 'ssl', validateSsl: true },
      invoices,
    );
    expect(report.error).toBeUndefined();
    expect(report.ok).toBe(true);
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
    expect(report.tls?.authorized).toBe(true);
    expect(report.tls?.certificate?.issuer).toContain('Mailbox Connect Test CA');
    expect(report.tls?.certificate?.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(report.mailbox?.inbox).toEqual({ messages: invoices.messages, unseen: invoices.messages });
    expect(report.mailbox?.folders).toContain('INBOX');
    expect(report.server?.greeting).toMatch(/^\* OK/);
  });

  it('TLS requires TLS 1.2 or newer and succeeds against a modern server', async () => {
    const report = await testWith(
      { server: '127.0.0.1', port: dovecot.imapsPort, encryption: 'tls', validateSsl: true },
      empty,
    );
    expect(report.ok).toBe(true);
    expect(report.tls?.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(report.mailbox?.inbox.messages).toBe(0);
  });

  it('STARTTLS upgrades before login and signs in a DOMAIN\\user', async () => {
    const report = await testWith(
      { server: '127.0.0.1', port: dovecot.imapPort, encryption: 'starttls', validateSsl: true },
      domainUser,
    );
    expect(report.error).toBeUndefined();
    expect(statuses(report)).toMatchObject({
      tls: 'skipped',
      greeting: 'ok',
      starttls: 'ok',
      auth: 'ok',
      mailbox: 'ok',
    });
    const transcript = report.transcript ?? [];
    const starttlsAt = transcript.findIndex((line) => /^C: \S+ STARTTLS/.test(line));
    const authAt = transcript.findIndex((line) => /^C: \S+ (LOGIN|AUTHENTICATE)/.test(line));
    expect(starttlsAt).toBeGreaterThanOrEqual(0);
    expect(authAt).toBeGreaterThan(starttlsAt);
    expect(transcript.join('\n')).not.toContain(domainUser.password);
  });

  it('No TLS on a server that advertises LOGINDISABLED reports LOGIN_DISABLED and never sends the password', async () => {
    const report = await runConnectionTest({
      settings: { server: dovecot.loginDisabledHost, port: dovecot.imapPort, encryption: 'notls', validateSsl: false },
      userName: invoices.user,
      password: invoices.password,
      // The user accepted plain text: the server's LOGINDISABLED is what must stop the password here.
      plaintextPasswordAllowed: true,
      timeoutMs: 15_000,
    });
    expect(report.error?.code).toBe('LOGIN_DISABLED');
    expect(report.error?.hint).toMatch(/STARTTLS/);
    expect(report.transcript?.some((line) => /^C: \S+ (LOGIN|AUTHENTICATE)/.test(line))).toBe(false);
  });

  it('SSL against the plain port fails the TLS handshake with a hint that option and port disagree', async () => {
    const report = await testWith(
      { server: '127.0.0.1', port: dovecot.imapPort, encryption: 'ssl', validateSsl: true },
      invoices,
    );
    expect(report.error?.code).toBe('TLS_HANDSHAKE_FAILED');
    expect(report.error?.hint).toMatch(/option and the port disagree/);
  });

  it('STARTTLS against the implicit-TLS port waits for a greeting that never comes, and says option and port disagree', async () => {
    const report = await runConnectionTest({
      settings: { server: '127.0.0.1', port: dovecot.imapsPort, encryption: 'starttls', validateSsl: true },
      userName: empty.user,
      password: empty.password,
      timeoutMs: 2000,
    });
    expect(report.error?.code).toBe('GREETING_TIMEOUT');
    expect(report.error?.hint).toMatch(/option and the port disagree/);
    expect(report.transcript?.some((line) => line.startsWith('C:'))).toBe(false);
  });

  it('a refused port is reported as CONNECTION_REFUSED at the tcp stage', async () => {
    const report = await testWith({ server: '127.0.0.1', port: 1, encryption: 'ssl', validateSsl: true }, invoices);
    expect(report.error?.code).toBe('CONNECTION_REFUSED');
    expect(statuses(report)).toMatchObject({ dns: 'ok', tcp: 'failed', tls: 'skipped' });
  });

  // From its own source address: Dovecot slows down the next logins from an address after a failure.
  it('a wrong password is AUTH_FAILED with the user name forms Exchange accepts, and the password stays out of the report', async () => {
    const wrong = 'Wrong-Password-Canary-7431';
    const report = await testWith(
      { server: 'localhost', port: dovecot.imapsPort, encryption: 'ssl', validateSsl: true },
      { user: invoices.user, password: wrong },
      '127.0.0.3',
    );
    expect(report.error?.code).toBe('AUTH_FAILED');
    expect(report.error?.hint).toContain('DOMAIN\\user');
    expect(statuses(report)).toMatchObject({ tls: 'ok', greeting: 'ok', auth: 'failed', mailbox: 'skipped' });
    expect(report.stages.find((stage) => stage.name === 'tcp')?.detail).toMatch(/ from 127\.0\.0\.3$/);
    expect(JSON.stringify(report)).not.toContain(wrong);
    expect(JSON.stringify(report)).not.toContain(Buffer.from(wrong).toString('base64'));
  });

  describe('a self-signed certificate (Exchange’s default), on 127.0.0.3', () => {
    const selfSigned = {
      server: dovecot.selfSignedHost,
      port: dovecot.imapsPort,
      encryption: 'ssl',
      validateSsl: true,
    } as const;
    const selfSignedPem = readFileSync(dovecot.certificates.selfSignedCertFile, 'utf8');

    it('is TLS_CERT_UNTRUSTED with the fingerprint to check, and nothing is sent', async () => {
      const report = await testWith(selfSigned, empty);
      expect(report.error?.code).toBe('TLS_CERT_UNTRUSTED');
      expect(report.error?.message).toMatch(/self-signed \(CN=exchange\.selfsigned\.test\)/);
      expect(report.error?.hint).toMatch(/Trust this certificate/);
      expect(report.tls?.certificate?.fingerprint256).toBe(new X509Certificate(selfSignedPem).fingerprint256);
      expect(report.transcript?.some((line) => line.startsWith('C:'))).toBe(false);
    });

    it('works once its fingerprint is pinned, and a different pin is TLS_CERT_CHANGED', async () => {
      const fingerprint = new X509Certificate(selfSignedPem).fingerprint256;
      const pinned = await runConnectionTest({
        settings: selfSigned,
        userName: empty.user,
        password: empty.password,
        pinnedSha256: fingerprint.toLowerCase().replaceAll(':', ''),
      });
      expect(pinned.error).toBeUndefined();
      expect(pinned.tls?.authorized).toBe(false);

      const otherPin = new X509Certificate(dovecot.caPem).fingerprint256;
      const changed = await runConnectionTest({
        settings: selfSigned,
        userName: empty.user,
        password: empty.password,
        pinnedSha256: otherPin,
      });
      expect(changed.error?.code).toBe('TLS_CERT_CHANGED');
      expect(changed.error?.message).toContain(fingerprint);
      expect(changed.error?.message).toContain(otherPin);
    });

    it('works with the certificate given as the account’s CA file', async () => {
      const report = await runConnectionTest({
        settings: selfSigned,
        userName: empty.user,
        password: empty.password,
        caPem: selfSignedPem,
      });
      expect(report.error).toBeUndefined();
      expect(report.tls?.authorized).toBe(true);
    });
  });
});
