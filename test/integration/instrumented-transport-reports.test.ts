import { afterEach, describe, expect, inject, it } from 'vitest';
import type { TransportObservations } from '../../src/core/connection-test/instrumented-transport';
import { type ConnectionTestInput } from '../../src/core/connection-test/run-connection-test';
import type { ConnectionTestReportText } from '../../src/shared/report-text';
import { failureText, runConnectionTestInEnglish as runConnectionTest } from '../support/report-text';
import type { Encryption } from '../../src/shared/encryption';
import { t } from '../../src/shared/i18n';
import { startFakeImapServer, type FakeImapOptions, type FakeImapServer } from '../support/fake-imap-server';
import { signInThroughTransport, type TransportSignIn } from '../support/transport-sign-in';

/**
 * What the instrumented transport itself puts into a report: the exact words of its failures, the
 * stage details, the transcript after STARTTLS and the SNI name. Each test pins one thing a user
 * reads (or a server relies on), so that a changed text, a lost stage or a missing name goes red.
 */

const { certificates } = inject('dovecot');
const trusted = { certFile: certificates.serverCertFile, keyFile: certificates.serverKeyFile };
const PASSWORD = 'Transport-Words-Secret-9';
const PLAIN_USER = 'scanner@contoso.local';
const TIMEOUT_MS = 5000;

let server: FakeImapServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function against(
  options: FakeImapOptions,
  encryption: Encryption,
  { validateSsl = true, ...extra }: Partial<ConnectionTestInput> & { validateSsl?: boolean } = {},
): Promise<ConnectionTestReportText> {
  server = await startFakeImapServer(options);
  return runConnectionTest({
    settings: { server: server.host, port: server.port, encryption, validateSsl },
    userName: 'scanner',
    password: PASSWORD,
    timeoutMs: TIMEOUT_MS,
    ...extra,
  });
}

const stageOf = (report: ConnectionTestReportText, name: string) => report.stages.find((stage) => stage.name === name);

/** imapflow over the transport alone, against a fake server started with `serverOptions`. */
async function signInThrough(
  options: Omit<TransportSignIn, 'user' | 'password'>,
  serverOptions: FakeImapOptions,
): Promise<TransportObservations> {
  server = await startFakeImapServer(serverOptions);
  return signInThroughTransport(server, { ...options, user: PLAIN_USER, password: PASSWORD });
}

describe('the greeting as the transport reports it', () => {
  it('a BYE greeting is SERVER_BYE with exactly the server’s reason, and the stage keeps the server’s line', async () => {
    const greeting = '* BYE Too many connections from your IP';
    const report = await against({ greeting }, 'starttls');
    expect(report.error).toEqual({
      code: 'SERVER_BYE',
      message: t('failure.bye.message', { reason: 'Too many connections from your IP' }),
      hint: t('failure.bye.hint'),
    });
    expect(stageOf(report, 'greeting')).toMatchObject({ status: 'failed', detail: greeting });
  });

  it('the reason of a BYE greeting starts at its first word, however many spaces follow BYE', async () => {
    const report = await against({ greeting: '* BYE   Server shutting down' }, 'starttls');
    expect(report.error?.message).toBe(t('failure.bye.message', { reason: 'Server shutting down' }));
  });

  it('a BYE greeting with a very long reason quotes its first 200 characters', async () => {
    const reason = 'Service closing: '.repeat(20);
    expect(reason.length).toBeGreaterThan(200);
    const report = await against({ greeting: `* BYE ${reason}` }, 'starttls');
    expect(report.error?.message).toBe(t('failure.bye.message', { reason: reason.slice(0, 200) }));
  });

  it('a foreign greeting that merely contains "* BYE" is NOT_IMAP, not a BYE from an IMAP server', async () => {
    const report = await against({ greeting: '+OK POP3 ready * BYE to IMAP' }, 'starttls');
    expect(report.error?.code).toBe('NOT_IMAP');
  });

  it('a long foreign greeting is NOT_IMAP quoting its first 80 characters; the stage keeps 200', async () => {
    const greeting = `220 ${'mail.contoso.local ESMTP '.repeat(20)}`;
    expect(greeting.length).toBeGreaterThan(200);
    const report = await against({ greeting }, 'starttls');
    expect(report.error).toEqual({
      code: 'NOT_IMAP',
      message: t('failure.notImap.message', { greeting: greeting.slice(0, 80) }),
      hint: t('failure.notImap.hint'),
    });
    expect(stageOf(report, 'greeting')).toMatchObject({ status: 'failed', detail: greeting.slice(0, 200) });
    expect(server?.received).toEqual([]);
  });
});

describe('stages and transcript recorded by the transport', () => {
  it('a plain connection reports the tcp stage with both ends of the connection', async () => {
    const report = await against({}, 'notls', { plaintextPasswordAllowed: true });
    expect(report.error).toBeUndefined();
    expect(stageOf(report, 'tcp')).toMatchObject({
      status: 'ok',
      detail: `${server?.host}:${server?.port} from 127.0.0.1`,
    });
  });

  it('a validated TLS stage names protocol and cipher only; an unvalidated one says it was not validated', async () => {
    const validated = await against({ implicitTls: trusted }, 'tls');
    expect(validated.error).toBeUndefined();
    expect(stageOf(validated, 'tls')?.detail).toBe(`${validated.tls?.protocol}, ${validated.tls?.cipher}`);
    await server?.close();
    const unvalidated = await against({ implicitTls: trusted }, 'tls', { validateSsl: false });
    expect(unvalidated.error).toBeUndefined();
    expect(stageOf(unvalidated, 'tls')?.detail).toBe(
      `${unvalidated.tls?.protocol}, ${unvalidated.tls?.cipher}, ${t('stage.tls.notValidated')}`,
    );
  });

  it('a STARTTLS the server refuses fails the starttls stage, which began when the command was sent', async () => {
    const report = await against(
      { starttls: trusted, script: { STARTTLS: ({ tag }) => ({ lines: [`${tag} NO TLS not available right now`] }) } },
      'starttls',
    );
    expect(report.error?.code).toBe('STARTTLS_UNAVAILABLE');
    expect(stageOf(report, 'starttls')).toMatchObject({ status: 'failed', detail: report.error?.message });
  });

  it('after STARTTLS the transcript goes on with what the server said over TLS', async () => {
    const report = await against({ starttls: trusted }, 'starttls');
    expect(report.error).toBeUndefined();
    const transcript = report.transcript ?? [];
    const upgradedAt = transcript.findIndex((line) => /^S: \S+ OK Begin TLS/.test(line));
    expect(upgradedAt).toBeGreaterThan(0);
    const afterUpgrade = transcript.slice(upgradedAt + 1);
    expect(afterUpgrade).toEqual(expect.arrayContaining([expect.stringMatching(/^S: \S+ OK .*Logged in/)]));
    expect(afterUpgrade).toEqual(expect.arrayContaining([expect.stringMatching(/^S: \* LIST /)]));
  });
});

describe('the words of the credential guards', () => {
  it('a login on a plain socket where TLS is required is refused with the not-encrypted message and hint', async () => {
    const observations = await signInThrough(
      { secure: false, doSTARTTLS: false, requireTlsForCredentials: true },
      { capabilities: ['AUTH=PLAIN'] },
    );
    expect(observations.blockedCredentials && failureText(observations.blockedCredentials)).toEqual({
      code: 'STARTTLS_UNAVAILABLE',
      message: t('failure.notEncrypted.message'),
      hint: t('failure.notEncrypted.hint'),
    });
  });

  it('None against LOGINDISABLED AUTH=PLAIN is LOGIN_DISABLED with its message and hint', async () => {
    const report = await against({ capabilities: ['LOGINDISABLED', 'AUTH=PLAIN'] }, 'none', {
      userName: PLAIN_USER,
      plaintextPasswordAllowed: true,
    });
    expect(report.error).toEqual({
      code: 'LOGIN_DISABLED',
      message: t('failure.loginDisabled.message'),
      hint: t('failure.loginDisabled.hint'),
    });
  });
});

describe('the server name the transport sends (SNI)', () => {
  // A server hosting several domains picks its certificate by this name.
  it('is sent on a TLS connection from the first byte', async () => {
    const observations = await signInThrough(
      { secure: true, doSTARTTLS: false, servername: 'localhost', requireTlsForCredentials: true },
      { implicitTls: trusted },
    );
    expect(observations.tls?.authorized).toBe(true);
    expect(server?.serverNames).toEqual(['localhost']);
  });

  it('is sent on the STARTTLS upgrade', async () => {
    const observations = await signInThrough(
      { secure: false, doSTARTTLS: true, servername: 'localhost', requireTlsForCredentials: true },
      { starttls: trusted },
    );
    expect(observations.tls?.authorized).toBe(true);
    expect(server?.serverNames).toEqual(['localhost']);
  });
});
