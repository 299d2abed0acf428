import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ChosenClientCertificates, CLIENT_CERTIFICATE_MAX_BYTES } from '../../src/main/chosen-client-certificates';
import type { ChosenClientCertificate, ClientCertificatePasswordNeeded } from '../../src/shared/ipc';
import { createPfxFiles, PFX_PASSWORD } from '../support/pfx-files';

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
const pfx = createPfxFiles(directory, certificates.selfSignedCertFile, certificates.selfSignedKeyFile);
const leaf = new X509Certificate(certificatePem);
const keyLines = keyPem.split('\n').filter((line) => line && !line.startsWith('-----'));

function opened(
  value: ChosenClientCertificate | ClientCertificatePasswordNeeded | null | undefined,
): ChosenClientCertificate {
  if (!value || 'passwordNeeded' in value) throw new Error('expected a chosen certificate');
  return value;
}

describe('the app certificate main opens for the window', () => {
  it('answers with a token and the public facts; the PEM stays behind the token', async () => {
    const chosen = new ChosenClientCertificates();
    const reply = await chosen.choose(file('app.pem', appPem));
    if (!reply.ok) throw new Error('expected a chosen certificate');
    expect(opened(reply.value)).toEqual({
      file: expect.any(String),
      name: 'app.pem',
      thumbprintSha1: leaf.fingerprint.replaceAll(':', ''),
      subject: leaf.subject.replaceAll('\n', ', '),
      notAfter: new Date(leaf.validTo).toISOString(),
    });
    expect(JSON.stringify(reply)).not.toContain('PRIVATE KEY');
    expect(chosen.pemOf(opened(reply.value).file)).toEqual({ ok: true, value: appPem });
  });

  it('lets go of the key on forget, on a new choice, and on a cancelled one', async () => {
    const chosen = new ChosenClientCertificates();
    const first = await chosen.choose(file('first.pem', appPem));
    if (!first.ok) throw new Error('expected a chosen certificate');
    chosen.forget(opened(first.value).file);
    expect(chosen.pemOf(opened(first.value).file)).toMatchObject({ ok: false, error: { code: 'INVALID_FILE' } });

    const second = await chosen.choose(file('second.pem', appPem));
    if (!second.ok) throw new Error('expected a chosen certificate');
    expect(await chosen.choose(undefined)).toEqual({ ok: true, value: null });
    expect(chosen.pemOf(opened(second.value).file)).toMatchObject({
      ok: false,
      error: { message: { key: 'certificateFile.chooseAgain' } },
    });
  });

  it('refuses a broken PFX, a PEM without key or certificate, and a huge file', async () => {
    const chosen = new ChosenClientCertificates();
    expect(await chosen.choose(file('app.pfx', Buffer.from([0x30, 0x82, 0x01])))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_FILE', message: { key: 'pfx.notPfx' } },
    });
    await chosen.choose(pfx.certificateOnly);
    expect(chosen.open(PFX_PASSWORD)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_FILE', message: { key: 'pfx.noKey' } },
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

describe('a PFX main opens for the window', () => {
  it('opens one without a password at once, converted to the PEM that is sealed', async () => {
    const chosen = new ChosenClientCertificates();
    const reply = await chosen.choose(pfx.withoutPassword);
    if (!reply.ok) throw new Error('expected a chosen certificate');
    const facts = opened(reply.value);
    expect(facts).toMatchObject({ name: 'app-open.pfx', thumbprintSha1: leaf.fingerprint.replaceAll(':', '') });
    const pem = chosen.pemOf(facts.file);
    expect(pem.ok && pem.value.startsWith('-----BEGIN PRIVATE KEY-----')).toBe(true);
  });

  it('asks for the password, refuses a wrong one without letting go of the file, and opens with the right one', async () => {
    const chosen = new ChosenClientCertificates();
    expect(await chosen.choose(pfx.aes)).toEqual({ ok: true, value: { passwordNeeded: true, name: 'app-aes.pfx' } });
    expect(chosen.open('')).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_REQUIRED' } });
    expect(chosen.open('wrong password')).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: { key: 'pfx.passwordWrong' } },
    });
    const reply = chosen.open(PFX_PASSWORD);
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    expect(reply.value).toMatchObject({ name: 'app-aes.pfx', thumbprintSha1: leaf.fingerprint.replaceAll(':', '') });
    expect(chosen.pemOf(reply.value.file).ok).toBe(true);
    // Opened once: the PFX and its password are gone, only the token's PEM remains.
    expect(chosen.open(PFX_PASSWORD)).toMatchObject({
      ok: false,
      error: { message: { key: 'certificateFile.chooseAgain' } },
    });
  });

  it('a new choice or a cancel lets go of a PFX waiting for its password', async () => {
    const chosen = new ChosenClientCertificates();
    await chosen.choose(pfx.tripleDes);
    await chosen.choose(undefined);
    expect(chosen.open(PFX_PASSWORD)).toMatchObject({
      ok: false,
      error: { message: { key: 'certificateFile.chooseAgain' } },
    });
  });

  it('no reply carries the password or a line of the key', async () => {
    const chosen = new ChosenClientCertificates();
    const replies: unknown[] = [await chosen.choose(pfx.aes), chosen.open('wrong password'), chosen.open(PFX_PASSWORD)];
    replies.push(await chosen.choose(pfx.withoutPassword), await chosen.choose(pfx.certificateOnly));
    const text = JSON.stringify(replies);
    expect(text).not.toContain(PFX_PASSWORD);
    expect(text).not.toContain('PRIVATE KEY');
    for (const line of keyLines) expect(text).not.toContain(line);
  });
});
