import { X509Certificate, createPrivateKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { acquireAppToken } from '../../src/core/oauth/acquire-app-token';
import { readClientCertificate } from '../../src/core/oauth/client-certificate';
import { renderMessage } from '../../src/shared/i18n';
import { createPfxFiles, PFX_PASSWORD } from '../support/pfx-files';

const certificates = inject('dovecot').certificates;
const CERT = readFileSync(certificates.selfSignedCertFile, 'utf8');
const KEY = readFileSync(certificates.selfSignedKeyFile, 'utf8');
const OTHER_KEY = readFileSync(certificates.wrongHostKeyFile, 'utf8');
const CA = readFileSync(certificates.caFile, 'utf8');

const problemOf = (pem: string) => {
  const read = readClientCertificate({ kind: 'certificate', pem });
  return read.ok ? 'read' : renderMessage('en', read.problem);
};

describe('the app certificate as MSAL needs it', () => {
  it('key and certificate in any order, a CA beside them: the SHA-256 thumbprint, PKCS#8 key and the leaf as x5c', () => {
    const read = readClientCertificate({ kind: 'certificate', pem: `${KEY}\n${CA}\n${CERT}` });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const leaf = new X509Certificate(CERT);
    expect(read.certificate.thumbprintSha256).toBe(leaf.fingerprint256.replaceAll(':', '').toLowerCase());
    expect(read.certificate.thumbprintSha1).toMatch(/^[0-9A-F]{40}$/);
    expect(read.certificate.privateKey).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(leaf.checkPrivateKey(createPrivateKey(read.certificate.privateKey))).toBe(true);
    expect(new X509Certificate(read.certificate.x5c).fingerprint256).toBe(leaf.fingerprint256);
  });

  it('says what is missing or wrong, never quoting the file', () => {
    expect(problemOf(CERT)).toContain('no private key found');
    expect(problemOf(KEY)).toContain('no certificate found');
    expect(problemOf(CERT + OTHER_KEY)).toContain('does not belong to the certificate');
    const broken = KEY.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!');
    expect(problemOf(CERT + broken)).toContain('cannot be read');
    expect(problemOf(CERT + broken)).not.toContain(KEY.split('\n')[2]!);
  });

  it('a broken PFX is refused as such, before anything is sent', async () => {
    const outcome = await acquireAppToken({
      authorityHost: 'https://127.0.0.1:9',
      tenant: 'contoso.onmicrosoft.com',
      clientId: '11111111-2222-4333-8444-555555555555',
      credential: { kind: 'pfx', pfx: new Uint8Array([0x30, 0x82]), passphrase: 'pfx-pass-phrase' },
      resource: 'https://outlook.office365.com',
      timeoutMs: 5_000,
    });
    expect(!outcome.ok && outcome.failure.code).toBe('INVALID_SETTINGS');
    expect(!outcome.ok && renderMessage('en', outcome.failure.message)).toContain('nor a PFX (PKCS#12) file');
    expect(outcome.info.requested).toEqual([]);
  });

  it('a PFX credential reads as the PEM it was made from: same thumbprints, key and x5c', () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-oauth-pfx-'));
    try {
      const pfx = createPfxFiles(directory, certificates.selfSignedCertFile, certificates.selfSignedKeyFile);
      const fromPem = readClientCertificate({ kind: 'certificate', pem: `${KEY}${CERT}` });
      const fromPfx = readClientCertificate({ kind: 'pfx', pfx: readFileSync(pfx.aes), passphrase: PFX_PASSWORD });
      expect(fromPfx).toEqual(fromPem);
      expect(readClientCertificate({ kind: 'pfx', pfx: readFileSync(pfx.aes), passphrase: 'wrong' })).toEqual({
        ok: false,
        problem: { key: 'pfx.passwordWrong' },
      });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
