import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appCredentialOf, checkAccountSecret, unusableSecretMessage } from '../../../src/core/accounts/account-secret';
import { UNUSABLE_PASSWORD_MESSAGE } from '../../../src/core/accounts/accounts-service';
import { graphBaseUrlOf } from '../../../src/core/connection-test/run-method-test';
import { renderMessage } from '../../../src/shared/i18n';
import type { Message } from '../../../src/shared/i18n/message';
import { createTestCertificates } from '../../support/certificates';

const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-secret-'));
const certificates = createTestCertificates(directory);
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const certificatePem = readFileSync(certificates.selfSignedCertFile, 'utf8');
const keyPem = readFileSync(certificates.selfSignedKeyFile, 'utf8');
const otherCertificate = readFileSync(certificates.wrongHostCertFile, 'utf8');
const en = (value: Message) => renderMessage('en', value);
const CERTIFICATE = { method: 'graph', clientCredential: 'certificate' } as const;
const SECRET = { method: 'imap-oauth', clientCredential: 'secret' } as const;

function problem(result: ReturnType<typeof checkAccountSecret>): string {
  if (result.ok) throw new Error('accepted');
  return en(result.problem);
}

describe('the account secret by method', () => {
  it('a certificate: key and certificate in any order, its public facts for the list', () => {
    const leaf = new X509Certificate(certificatePem);
    for (const pem of [`${certificatePem}${keyPem}`, `${keyPem}\n${otherCertificate}${certificatePem}`]) {
      const checked = checkAccountSecret(CERTIFICATE, pem);
      expect(checked).toEqual({
        ok: true,
        clientCertificate: {
          thumbprintSha1: leaf.fingerprint.replaceAll(':', ''),
          subject: leaf.subject,
          notAfter: new Date(leaf.validTo).toISOString(),
        },
      });
    }
  });

  it('a certificate: says what is missing or wrong, never what the file holds', () => {
    expect(problem(checkAccountSecret(CERTIFICATE, certificatePem))).toMatch(/\(no private key found\)/);
    expect(problem(checkAccountSecret(CERTIFICATE, keyPem))).toMatch(/\(no certificate found\)/);
    expect(problem(checkAccountSecret(CERTIFICATE, `${otherCertificate}${keyPem}`))).toMatch(
      /the private key does not belong to the certificate/,
    );
    // The sealed secret is PEM text: a PFX is converted where its file is read, never stored as it is.
    expect(problem(checkAccountSecret(CERTIFICATE, '0\x82\x0a\x71binary pfx'))).toMatch(
      /in PEM form \(no private key found\)/,
    );
    expect(problem(checkAccountSecret(CERTIFICATE, `${certificatePem}${keyPem}`.padEnd(70_000, '\n')))).toBe(
      'The certificate file is larger than 64 KiB: it should hold only the app’s certificate, its chain and its private key.',
    );
    const broken = keyPem.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!');
    const text = problem(checkAccountSecret(CERTIFICATE, `${certificatePem}${broken}`));
    for (const line of keyPem.split('\n').filter((entry) => entry && !entry.startsWith('-----')))
      expect(text).not.toContain(line);
  });

  it('a client secret: one line of printable text, at most 4096 characters; a password keeps its rule', () => {
    expect(checkAccountSecret(SECRET, 'Qm8~rT2.vXy_4Lk9-WzP3~nB6hJs1dF0gC5aE7uVq')).toEqual({ ok: true });
    expect(problem(checkAccountSecret(SECRET, 'abc\tdef'))).toMatch(/^The client secret cannot contain line breaks/);
    expect(problem(checkAccountSecret(SECRET, 'x'.repeat(4097)))).toMatch(/^The client secret is longer than 4096/);
    // A tab stays allowed in a password, as it always was; CR/LF/NUL do not.
    expect(checkAccountSecret({ method: 'imap' }, 'pass\tword')).toEqual({ ok: true });
    expect(problem(checkAccountSecret({ method: 'imap' }, 'pass\nword'))).toMatch(
      /^The password must not contain line br/,
    );
    expect(problem(checkAccountSecret({ method: 'imap' }, 'x'.repeat(4097)))).toBe(
      'The password is longer than 4096 characters.',
    );
  });

  it('the credential handed to the token request follows clientCredential', () => {
    expect(appCredentialOf(CERTIFICATE, 'PEM')).toEqual({ kind: 'certificate', pem: 'PEM' });
    expect(appCredentialOf(SECRET, 's')).toEqual({ kind: 'secret', secret: 's' });
  });

  it('asks for what the method signs in with when the stored secret cannot be used', () => {
    const say = (
      reason: Parameters<typeof unusableSecretMessage>[0],
      kind: Parameters<typeof unusableSecretMessage>[1],
    ) => en(unusableSecretMessage(reason, kind, UNUSABLE_PASSWORD_MESSAGE));
    expect(say('no-password', { method: 'imap' })).toBe('Enter the password.');
    expect(say('no-password', SECRET)).toBe('Enter the client secret.');
    expect(say('no-password', CERTIFICATE)).toMatch(/^Choose the certificate file: a PEM file/);
    expect(say('binding-changed', SECRET)).toMatch(/^Enter the client secret again: the method, tenant/);
    expect(say('undecryptable', CERTIFICATE)).toMatch(
      /^Choose the certificate file again: the stored one cannot be decrypted/,
    );
    expect(say('locked', CERTIFICATE)).toBe(en(UNUSABLE_PASSWORD_MESSAGE.locked));
  });

  it('Graph’s base URL carries the port only when it is not 443, an IPv6 address in brackets', () => {
    expect(graphBaseUrlOf({ server: 'graph.microsoft.com', port: 443 })).toBe('https://graph.microsoft.com');
    expect(graphBaseUrlOf({ server: '127.0.0.1', port: 8443 })).toBe('https://127.0.0.1:8443');
    expect(graphBaseUrlOf({ server: '::1', port: 8443 })).toBe('https://[::1]:8443');
  });
});
