import { describe, expect, it } from 'vitest';
import { classifyError } from '../../../src/core/connection-test/classify-error';
import { failureText } from '../../support/report-text';

describe('classifying errors', () => {
  it('copes with a TLS error carrying a circular certificate chain, as Node builds for self-signed ones', () => {
    const certificate: Record<string, unknown> = { subject: { CN: 'exchange' } };
    certificate.issuerCertificate = certificate;
    const error = Object.assign(new Error('self-signed certificate'), {
      code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      cert: certificate,
    });
    const classified = failureText(
      classifyError(error, { stage: 'tls', server: 'exchange', port: 993, implicitTls: true }),
    );
    expect(classified.code).toBe('TLS_HANDSHAKE_FAILED');
    expect(() => JSON.stringify(classified)).not.toThrow();
  });

  it('never shows a raw library message alone: every failure has a message and a hint', () => {
    const classified = failureText(
      classifyError(new Error('Something odd'), {
        stage: 'mailbox',
        server: 's',
        port: 993,
        implicitTls: true,
      }),
    );
    expect(classified).toMatchObject({
      code: 'MAILBOX_UNAVAILABLE',
      hint: expect.stringMatching(/Add-MailboxPermission/),
    });
    expect(classified.message).toMatch(/^Signed in, but the mailbox could not be read: Something odd/);
    const unknown = failureText(
      classifyError('thrown text', { stage: undefined, server: 's', port: 1, implicitTls: false }),
    );
    expect(unknown).toMatchObject({ code: 'UNKNOWN', message: 'The test failed during setup: thrown text' });
    expect(unknown.hint.length).toBeGreaterThan(0);
  });

  it('tells an Exchange admin to start the IMAP4 services when 993 refuses, and to check the port otherwise', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const on993 = failureText(classifyError(refused, { stage: 'tcp', server: 'mail', port: 993, implicitTls: true }));
    expect(on993).toMatchObject({
      code: 'CONNECTION_REFUSED',
      message: 'mail:993 refused the connection: nothing listens on this port.',
    });
    expect(on993.hint).toMatch(/Microsoft Exchange IMAP4.*Set-Service MSExchangeIMAP4/);
    const elsewhere = failureText(
      classifyError(refused, { stage: 'tcp', server: 'mail', port: 1143, implicitTls: false }),
    );
    expect(elsewhere.hint).toMatch(/^Check the port; IMAP is usually 993/);
  });

  it("reads imapflow's socket inactivity timeout as a greeting timeout while the greeting is awaited", () => {
    const quiet = Object.assign(new Error('Socket timeout'), { code: 'ETIMEOUT' });
    const waiting = failureText(
      classifyError(quiet, { stage: 'greeting', server: 'mail', port: 993, implicitTls: false }),
    );
    expect(waiting.code).toBe('GREETING_TIMEOUT');
    const later = failureText(classifyError(quiet, { stage: 'mailbox', server: 'mail', port: 993, implicitTls: true }));
    expect(later.code).toBe('CONNECTION_TIMEOUT');
  });
});
