import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import tls, { type ConnectionOptions, type TLSSocket, type TlsOptions } from 'node:tls';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { runConnectionTest } from '../../src/core/connection-test/run-connection-test';
import {
  evaluateTrust,
  tlsSetupFor,
  type TrustPolicy,
  type TrustVerdict,
} from '../../src/core/connection-test/tls-trust';
import type { TlsInfo } from '../../src/shared/connection-test';
import type { ConnectionTestReportText, FailureText } from '../../src/shared/report-text';
import { failureText, reportText } from '../support/report-text';
import type { Encryption } from '../../src/shared/encryption';
import { en } from '../../src/shared/i18n/en';
import { startFakeImapServer, type CertificateFiles, type FakeImapServer } from '../support/fake-imap-server';

const { certificates } = inject('dovecot');
const TIMEOUT_MS = 5000;
const files = (certFile: string, keyFile: string): CertificateFiles => ({ certFile, keyFile });
const trusted = files(certificates.serverCertFile, certificates.serverKeyFile);
const expired = files(certificates.expiredCertFile, certificates.expiredKeyFile);
const notYetValid = files(certificates.notYetValidCertFile, certificates.notYetValidKeyFile);
const noNames = files(certificates.noNamesCertFile, certificates.noNamesKeyFile);
const clientOnly = files(certificates.clientOnlyCertFile, certificates.clientOnlyKeyFile);
const unknownIssuer = files(certificates.unknownIssuerCertFile, certificates.unknownIssuerKeyFile);
const selfSigned = files(certificates.selfSignedCertFile, certificates.selfSignedKeyFile);
/** All the names the test CA's server certificate carries, as Node lists them. */
const TRUSTED_NAMES = 'DNS:localhost, IP Address:127.0.0.1, IP Address:127.0.0.2';

let server: FakeImapServer | undefined;
let rawServer: tls.Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  await new Promise<void>((resolve) => (rawServer ? rawServer.close(() => resolve()) : resolve()));
  rawServer = undefined;
});

/** A connection test with a user and password against a fake server that presents `certificate`. */
interface VerdictOptions {
  host?: string;
  encryption?: Encryption;
  pinnedSha256?: string;
}

async function verdictFor(
  certificate: CertificateFiles,
  options: VerdictOptions = {},
): Promise<ConnectionTestReportText> {
  const encryption = options.encryption ?? 'ssl';
  server = await startFakeImapServer({
    ...(options.host ? { host: options.host } : {}),
    ...(encryption === 'starttls' ? { starttls: certificate } : { implicitTls: certificate }),
  });
  return reportText(
    await runConnectionTest({
      settings: { server: server.host, port: server.port, encryption, validateSsl: true },
      userName: 'CONTOSO\\scanner',
      password: 'Verdict-Secret-7',
      timeoutMs: TIMEOUT_MS,
      ...(options.pinnedSha256 ? { pinnedSha256: options.pinnedSha256 } : {}),
    }),
  );
}

const fingerprintOf = (certFile: string): string => new X509Certificate(readFileSync(certFile)).fingerprint256;
const PINNED = fingerprintOf(certificates.selfSignedCertFile);

interface Refusal {
  title: string;
  certificate: CertificateFiles;
  options?: VerdictOptions;
  /** What Node's TLS layer concluded, where the verdict must not simply repeat it. */
  authorizationError: string | null;
  error: FailureText;
}

const REFUSALS: Refusal[] = [
  {
    title: 'a certificate that is not valid yet is TLS_CERT_EXPIRED naming its start date, not its end',
    certificate: notYetValid,
    authorizationError: 'CERT_NOT_YET_VALID',
    error: {
      code: 'TLS_CERT_EXPIRED',
      message: "The server's certificate is not valid before 2099-01-01 00:00 UTC.",
      hint: en['failure.certNotYetValid.hint'],
    },
  },
  {
    title: 'an expired certificate says when it expired and how to renew it',
    certificate: expired,
    authorizationError: 'CERT_HAS_EXPIRED',
    error: {
      code: 'TLS_CERT_EXPIRED',
      message: "The server's certificate expired on 2020-02-01 00:00 UTC.",
      hint: en['failure.certExpired.hint'],
    },
  },
  {
    // Loopback answers on all of 127/8: the CA-signed certificate is for 127.0.0.1 and .2, not .4.
    title: 'a valid certificate for other names is TLS_HOSTNAME_MISMATCH listing every name it carries',
    certificate: trusted,
    options: { host: '127.0.0.4' },
    authorizationError: 'ERR_TLS_CERT_ALTNAME_INVALID',
    error: {
      code: 'TLS_HOSTNAME_MISMATCH',
      message: `The certificate is for ${TRUSTED_NAMES}, not for 127.0.0.4.`,
      hint: en['failure.hostname.hint'],
    },
  },
  {
    title: 'a certificate without subjectAltName is named by its subject in the mismatch',
    certificate: noNames,
    options: { encryption: 'starttls' },
    authorizationError: 'ERR_TLS_CERT_ALTNAME_INVALID',
    error: {
      code: 'TLS_HOSTNAME_MISMATCH',
      message: 'The certificate is for CN=mail.contoso.test, not for 127.0.0.1.',
      hint: en['failure.hostname.hint'],
    },
  },
  {
    title: 'a self-signed certificate names its subject and suggests trusting it by fingerprint',
    certificate: selfSigned,
    options: { host: '127.0.0.3' },
    authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    error: {
      code: 'TLS_CERT_UNTRUSTED',
      message:
        "The server's certificate is self-signed (CN=exchange.selfsigned.test) and not trusted by this computer.",
      hint: en['failure.selfSigned.hint'],
    },
  },
  {
    title: 'a certificate from an unknown CA names that CA (multi-valued parts joined by +) and suggests installing it',
    certificate: unknownIssuer,
    authorizationError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    error: {
      code: 'TLS_CERT_UNTRUSTED',
      message:
        'The server\'s certificate was issued by "O=Contoso, OU=IT+PKI, CN=Contoso Internal Root", which this computer does not trust.',
      hint: en['failure.unknownIssuer.hint'],
    },
  },
  {
    // Signed by the trusted CA for the right names, but only for TLS clients (extendedKeyUsage clientAuth).
    title: 'any other chain error is TLS_CERT_UNTRUSTED naming OpenSSL’s code, not an issuer problem',
    certificate: clientOnly,
    authorizationError: 'INVALID_PURPOSE',
    error: {
      code: 'TLS_CERT_UNTRUSTED',
      message: "The server's certificate was rejected (INVALID_PURPOSE).",
      hint: en['failure.certRejected.hint'],
    },
  },
  {
    title: 'a certificate that differs from the pinned one is TLS_CERT_CHANGED with both fingerprints and the warning',
    certificate: trusted,
    options: { encryption: 'starttls', pinnedSha256: PINNED },
    authorizationError: null,
    error: {
      code: 'TLS_CERT_CHANGED',
      message: `The server's certificate changed: it is now ${fingerprintOf(certificates.serverCertFile)}, the trusted one was ${PINNED}.`,
      hint: en['failure.certChanged.hint'],
    },
  },
];

describe('the verdict records how it trusted the certificate', () => {
  it('a pinned self-signed certificate is trusted by fingerprint although its chain is not', async () => {
    const report = await verdictFor(selfSigned, { pinnedSha256: PINNED });
    expect(report.error).toBeUndefined();
    expect(report.tls).toMatchObject({ authorized: false, trustedBy: 'fingerprint' });
  });

  it('Validate SSL off accepts without a check, and says so', async () => {
    server = await startFakeImapServer({ implicitTls: selfSigned });
    const report = await runConnectionTest({
      settings: { server: server.host, port: server.port, encryption: 'ssl', validateSsl: false },
      userName: 'CONTOSO\\scanner',
      password: 'Verdict-Secret-7',
      timeoutMs: TIMEOUT_MS,
    });
    expect(report.tls).toMatchObject({ authorized: false, trustedBy: 'notValidated' });
  });
});

describe('the connection test names each certificate problem, with its own words and hint', () => {
  it.each(REFUSALS)('$title', async ({ certificate, options, authorizationError, error }) => {
    const report = await verdictFor(certificate, options);
    expect(report.tls?.authorizationError ?? null).toBe(authorizationError);
    expect(report.error).toEqual(error);
    // A refused certificate was trusted by nothing: the window and the CLI must not call it trusted.
    expect(report.tls?.trustedBy).toBeUndefined();
    // Refused before anything went over TLS, and no login was ever sent.
    expect(report.ok).toBe(false);
    expect(server?.received.filter((command) => command.secure || /^(LOGIN|AUTHENTICATE)$/.test(command.name))).toEqual(
      [],
    );
  });

  it.each(['tls', 'starttls'] as const)(
    '%s with a valid certificate signs in, and its stage names protocol and cipher with no runtime note',
    async (encryption) => {
      const report = await verdictFor(trusted, { encryption });
      expect(report.error).toBeUndefined();
      expect(report.tls?.trustedBy).toBe('authority');
      const stage = report.stages.find((entry) => entry.name === (encryption === 'tls' ? 'tls' : 'starttls'));
      expect(stage?.detail).toBe(`${report.tls?.protocol}, ${report.tls?.cipher}`);
    },
  );
});

/** A TLS server on loopback that only does the handshake; `options` carry its certificate or ciphers. */
async function startTlsServer(options: TlsOptions): Promise<number> {
  rawServer = tls.createServer(options, (socket) => socket.end());
  rawServer.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => rawServer?.listen(0, '127.0.0.1', resolve));
  return (rawServer.address() as AddressInfo).port;
}

/** Opens a client socket with `options` and, once its handshake is done, asks evaluateTrust for `policy`. */
/** A verdict with its failure in English words, as the assertions below spell them out. */
type VerdictText = Exclude<TrustVerdict, { trusted: false }> | { trusted: false; tls: TlsInfo; failure: FailureText };

async function evaluateOn(port: number, options: ConnectionOptions, policy: TrustPolicy): Promise<VerdictText> {
  const socket = await new Promise<TLSSocket>((resolve, reject) => {
    const client = tls.connect({ host: '127.0.0.1', port, ...options }, () => resolve(client));
    client.once('error', reject);
  });
  try {
    const verdict = evaluateTrust(socket, policy);
    return verdict.trusted ? verdict : { ...verdict, failure: failureText(verdict.failure) };
  } finally {
    socket.destroy();
  }
}

const certificateOptions = (certificate: CertificateFiles): TlsOptions => ({
  cert: readFileSync(certificate.certFile),
  key: readFileSync(certificate.keyFile),
});

describe('evaluateTrust decides by the name the user typed, whatever the TLS layer concluded', () => {
  it('refuses a certificate the socket accepted for the name it was opened with, if the typed server differs', async () => {
    // Node checks the name the socket was opened with (and skips that check on a resumed session);
    // evaluateTrust checks the policy's name again, so a caller connecting by another name cannot slip through.
    const policy = { serverName: 'mail.contoso.test', validate: true };
    const port = await startTlsServer(certificateOptions(trusted));
    const verdict = await evaluateOn(port, { ...tlsSetupFor('tls', policy).options, servername: 'localhost' }, policy);
    expect(verdict.tls.authorized).toBe(true);
    expect(verdict).toMatchObject({
      trusted: false,
      failure: {
        code: 'TLS_HOSTNAME_MISMATCH',
        message: `The certificate is for ${TRUSTED_NAMES}, not for mail.contoso.test.`,
        hint: en['failure.hostname.hint'],
      },
    });
  });

  it('treats OpenSSL’s own HOSTNAME_MISMATCH (from a TLS layer that checks names itself) as a name mismatch', async () => {
    const policy = { serverName: '127.0.0.1', validate: true };
    const port = await startTlsServer(certificateOptions(trusted));
    const verdict = await evaluateOn(
      port,
      {
        ...tlsSetupFor('tls', policy).options,
        checkServerIdentity: () => Object.assign(new Error('hostname mismatch'), { code: 'HOSTNAME_MISMATCH' }),
      },
      policy,
    );
    expect(verdict.tls.authorizationError).toBe('HOSTNAME_MISMATCH');
    expect(verdict).toMatchObject({
      trusted: false,
      failure: {
        code: 'TLS_HOSTNAME_MISMATCH',
        message: `The certificate is for ${TRUSTED_NAMES}, not for 127.0.0.1.`,
        hint: en['failure.hostname.hint'],
      },
    });
  });

  // Anonymous suites exist only up to TLS 1.2 and only below OpenSSL's security level 1.
  const ANONYMOUS = { ciphers: 'aNULL:@SECLEVEL=0', maxVersion: 'TLSv1.2' } as const;

  it.each([
    ['Validate SSL on', { validate: true }],
    ['Validate SSL off', { validate: false }],
    ['a pinned fingerprint', { validate: true, pinnedSha256: 'AB:'.repeat(31) + 'AB' }],
  ])(
    'refuses a handshake without any certificate (anonymous cipher) with %s',
    async (_label, trust: Omit<TrustPolicy, 'serverName'>) => {
      const port = await startTlsServer(ANONYMOUS);
      // A TLS layer that would agree to an anonymous suite; the app's own contexts never offer one (below).
      const verdict = await evaluateOn(
        port,
        { ...ANONYMOUS, rejectUnauthorized: false },
        {
          serverName: '127.0.0.1',
          ...trust,
        },
      );
      expect(verdict.tls.cipher).toMatch(/_anon_/);
      expect(verdict.tls.certificate).toBeUndefined();
      expect(verdict).toEqual({
        trusted: false,
        tls: verdict.tls,
        failure: {
          code: 'TLS_HANDSHAKE_FAILED',
          message: en['failure.noCertificate.message'],
          hint: en['failure.noCertificate.hint'],
        },
      });
    },
  );

  it('the connection test never agrees to an anonymous suite, not even SSL with its legacy ciphers', async () => {
    const port = await startTlsServer(ANONYMOUS);
    const report = await runConnectionTest({
      settings: { server: '127.0.0.1', port, encryption: 'ssl', validateSsl: false },
      userName: 'user',
      password: 'Anonymous-Secret-3',
      timeoutMs: TIMEOUT_MS,
    });
    expect(report.ok).toBe(false);
    expect(report.error?.code).toBe('TLS_HANDSHAKE_FAILED');
    expect(report.tls).toBeUndefined();
  });
});
