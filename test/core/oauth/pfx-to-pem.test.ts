import { X509Certificate, createPrivateKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readClientCertificate } from '../../../src/core/oauth/client-certificate';
import { isPemText, pfxToPem } from '../../../src/core/oauth/pfx-to-pem';
import { createPfxFiles, PFX_PASSWORD } from '../../support/pfx-files';

const certificates = inject('dovecot').certificates;
const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-pfx-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const pfx = createPfxFiles(directory, certificates.selfSignedCertFile, certificates.selfSignedKeyFile);
const certificatePem = readFileSync(certificates.selfSignedCertFile, 'utf8');
const keyPem = readFileSync(certificates.selfSignedKeyFile, 'utf8');
const keyBody = keyPem.split('\n').filter((line) => line && !line.startsWith('-----'));

describe('a PFX becomes the PEM the account seals', () => {
  const cases: [string, string, string | undefined][] = [
    ['AES-256 (OpenSSL 3, Windows 10+)', pfx.aes, PFX_PASSWORD],
    ['3DES (older Windows)', pfx.tripleDes, PFX_PASSWORD],
    ['without password', pfx.withoutPassword, undefined],
  ];
  // Only where this OpenSSL has the legacy provider to write one.
  if (pfx.legacyRc2) cases.push(['RC2-40 (legacy, Windows Server 2012)', pfx.legacyRc2, PFX_PASSWORD]);
  it.each(cases)(
    '%s: the key, then its certificate, which the PEM reader accepts as the file itself',
    (_, file, password) => {
      const converted = pfxToPem(readFileSync(file), password);
      if (!converted.ok) throw new Error(JSON.stringify(converted));
      expect(converted.pem.indexOf('-----BEGIN PRIVATE KEY-----')).toBe(0);
      const leaf = new X509Certificate(certificatePem);
      expect(new X509Certificate(converted.pem.slice(converted.pem.indexOf('-----BEGIN CERTIFICATE')))).toEqual(
        expect.objectContaining({ fingerprint256: leaf.fingerprint256 }),
      );
      expect(createPrivateKey(converted.pem).export({ type: 'pkcs8', format: 'pem' }).toString()).toBe(
        createPrivateKey(keyPem).export({ type: 'pkcs8', format: 'pem' }).toString(),
      );
      const read = readClientCertificate({ kind: 'certificate', pem: converted.pem });
      expect(read.ok && read.certificate.thumbprintSha1).toBe(leaf.fingerprint.replaceAll(':', ''));
      // The password opens the file; it is not a part of what is sealed.
      expect(converted.pem).not.toContain(PFX_PASSWORD);
    },
  );

  it('an empty password opens a PFX exported without one', () => {
    expect(pfxToPem(readFileSync(pfx.withoutPassword), '').ok).toBe(true);
  });

  it('asks for the password when none was given, and says so when it is wrong', () => {
    expect(pfxToPem(readFileSync(pfx.aes))).toEqual({
      ok: false,
      reason: 'password-needed',
      problem: { key: 'pfx.passwordNeeded' },
    });
    for (const file of [pfx.aes, pfx.tripleDes])
      expect(pfxToPem(readFileSync(file), 'wrong password')).toEqual({
        ok: false,
        reason: 'password-wrong',
        problem: { key: 'pfx.passwordWrong' },
      });
  });

  it('names what is missing or wrong with the file, never quoting it', () => {
    expect(pfxToPem(readFileSync(pfx.certificateOnly), PFX_PASSWORD)).toMatchObject({
      reason: 'invalid',
      problem: { key: 'pfx.noKey' },
    });
    expect(pfxToPem(Buffer.from('not a certificate at all'))).toMatchObject({
      reason: 'invalid',
      problem: { key: 'pfx.notPfx' },
    });
    expect(pfxToPem(new Uint8Array())).toMatchObject({ reason: 'invalid', problem: { key: 'pfx.notPfx' } });
    // DER, but a certificate, not a PFX.
    expect(pfxToPem(new X509Certificate(certificatePem).raw)).toMatchObject({
      reason: 'invalid',
      problem: { key: 'pfx.notPfx' },
    });
  });

  it('no refusal carries the password or a line of the key', () => {
    const refusals = [
      pfxToPem(readFileSync(pfx.aes), 'x'),
      pfxToPem(readFileSync(pfx.aes)),
      pfxToPem(readFileSync(pfx.certificateOnly), PFX_PASSWORD),
      pfxToPem(readFileSync(pfx.aes).subarray(0, 900), PFX_PASSWORD),
    ];
    const text = JSON.stringify(refusals);
    expect(text).not.toContain(PFX_PASSWORD);
    for (const line of keyBody) expect(text).not.toContain(line);
  });

  it('tells PEM text from a PFX by content, not by name', () => {
    expect(isPemText(Buffer.from(`${keyPem}${certificatePem}`))).toBe(true);
    expect(isPemText(readFileSync(pfx.aes))).toBe(false);
  });
});
