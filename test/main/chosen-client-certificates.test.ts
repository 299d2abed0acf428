import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ChosenClientCertificates, CLIENT_CERTIFICATE_MAX_BYTES } from '../../src/main/chosen-client-certificates';

const certificates = inject('dovecot').certificates;
const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-client-certificate-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function file(name: string, text: string | Buffer): string {
  const target = path.join(directory, name);
  writeFileSync(target, text);
  return target;
}

const certificatePem = readFileSync(certificates.selfSignedCertFile, 'utf8');
const keyPem = readFileSync(certificates.selfSignedKeyFile, 'utf8');
const appPem = `${keyPem}\n${certificatePem}`;

describe('the app certificate main opens for the window', () => {
  it('answers with a token and the public facts; the PEM stays behind the token', async () => {
    const chosen = new ChosenClientCertificates();
    const reply = await chosen.choose(file('app.pem', appPem));
    if (!reply.ok || !reply.value) throw new Error('expected a chosen certificate');
    const leaf = new X509Certificate(certificatePem);
    expect(reply.value).toEqual({
      file: expect.any(String),
      name: 'app.pem',
      thumbprintSha1: leaf.fingerprint.replaceAll(':', ''),
      subject: leaf.subject.replaceAll('\n', ', '),
      notAfter: new Date(leaf.validTo).toISOString(),
    });
    expect(JSON.stringify(reply)).not.toContain('PRIVATE KEY');
    expect(chosen.pemOf(reply.value.file)).toEqual({ ok: true, value: appPem });
  });

  it('lets go of the key on forget, on a new choice, and on a cancelled one', async () => {
    const chosen = new ChosenClientCertificates();
    const first = await chosen.choose(file('first.pem', appPem));
    if (!first.ok || !first.value) throw new Error('expected a chosen certificate');
    chosen.forget(first.value.file);
    expect(chosen.pemOf(first.value.file)).toMatchObject({ ok: false, error: { code: 'INVALID_FILE' } });

    const second = await chosen.choose(file('second.pem', appPem));
    if (!second.ok || !second.value) throw new Error('expected a chosen certificate');
    expect(await chosen.choose(undefined)).toEqual({ ok: true, value: null });
    expect(chosen.pemOf(second.value.file)).toMatchObject({
      ok: false,
      error: { message: { key: 'certificateFile.chooseAgain' } },
    });
  });

  it('refuses a PFX with the conversion hint, a PEM without key or certificate, and a huge file', async () => {
    const chosen = new ChosenClientCertificates();
    expect(await chosen.choose(file('app.pfx', Buffer.from([0x30, 0x82, 0x01])))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_FILE', message: { key: 'oauth.invalid.pfxUnsupported' } },
    });
    expect(await chosen.choose(file('cert-only.pem', certificatePem))).toMatchObject({
      ok: false,
      error: {
        message: { key: 'oauth.invalid.certificate', params: { problem: { key: 'oauth.invalid.certificateNoKey' } } },
      },
    });
    expect(await chosen.choose(file('key-only.pem', keyPem))).toMatchObject({
      ok: false,
      error: {
        message: {
          key: 'oauth.invalid.certificate',
          params: { problem: { key: 'oauth.invalid.certificateNoCertificate' } },
        },
      },
    });
    expect(await chosen.choose(file('huge.pem', 'x'.repeat(CLIENT_CERTIFICATE_MAX_BYTES + 1)))).toMatchObject({
      ok: false,
      error: { message: { key: 'certificateFile.tooLarge', params: { max: 64 } } },
    });
    expect(await chosen.choose(path.join(directory, 'missing.pem'))).toMatchObject({
      ok: false,
      error: { message: { key: 'certificateFile.unreadable', params: { file: 'missing.pem', code: 'ENOENT' } } },
    });
  });
});
