import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MASKED, credentialMask } from '../../../src/core/oauth/credential-mask';
import { literal, message } from '../../../src/shared/i18n/message';

const SECRET = 'Ab1~cd2.ef3_gh4-ij5~kl6mn7op8qr9st0uv1wx';
const keyPem = generateKeyPairSync('rsa', { modulusLength: 1024 })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

describe('credentialMask', () => {
  it('masks a secret as typed, URL-encoded and form-encoded, inside nested messages', () => {
    const mask = credentialMask({ kind: 'secret', secret: SECRET });
    const forms = [SECRET, encodeURIComponent(SECRET), new URLSearchParams({ v: SECRET }).toString().slice(2)];
    for (const form of forms) expect(mask.text(`before ${form} after`)).toBe(`before ${MASKED} after`);
    const masked = mask.message(
      message('oauth.tokenFailed.message', { clientId: 'c', tenant: 't', reason: literal(`x=${SECRET}`) }),
    );
    expect(JSON.stringify(masked)).not.toContain(SECRET);
    expect(JSON.stringify(masked)).toContain(MASKED);
  });

  it('masks a private key whole, without line breaks, and line by line', () => {
    const mask = credentialMask({
      kind: 'certificate',
      pem: `-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n${keyPem}`,
    });
    const lines = keyPem
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('-----'));
    expect(mask.text(keyPem.trim())).toBe(MASKED);
    expect(mask.text(keyPem.replace(/\n/g, ''))).not.toContain(lines[2]);
    for (const line of lines.filter((candidate) => candidate.length >= 8))
      expect(mask.text(`>${line}<`)).toBe(`>${MASKED}<`);
    // The certificate is public: it stays readable.
    expect(mask.text('AAAA')).toBe('AAAA');
  });

  it('leaves other text alone, and does not turn a tiny secret into a mask over ordinary words', () => {
    expect(
      credentialMask({ kind: 'secret', secret: SECRET }).text('AADSTS7000215: Invalid client secret provided.'),
    ).toBe('AADSTS7000215: Invalid client secret provided.');
    expect(credentialMask({ kind: 'secret', secret: 'a' }).text('a tenant')).toBe('a tenant');
  });

  it('masks a PFX passphrase', () => {
    const mask = credentialMask({ kind: 'pfx', pfx: new Uint8Array([1, 2, 3]), passphrase: 'pfx-passphrase-123' });
    expect(mask.text('wrong pfx-passphrase-123')).toBe(`wrong ${MASKED}`);
  });
});
