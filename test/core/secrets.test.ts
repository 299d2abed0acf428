import { describe, expect, it } from 'vitest';
import { SealRefusedError, SecretsService, bindingOf } from '../../src/core/secrets';
import { literal } from '../../src/shared/i18n/message';
import { createAesTestCipher } from '../support/aes-test-cipher';
import { english } from '../support/report-text';

const ID = '00000000-0000-4000-8000-000000000001';
const CA = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
const settings = {
  server: 'mail.contoso.local',
  port: 993,
  userName: 'CONTOSO\\invoices',
  encryption: 'ssl' as const,
  validateSsl: true,
  caCertificatePem: CA,
};

describe('the sealed password', () => {
  it('the same CA file with Windows line endings or trailing space is the same destination', async () => {
    const secrets = new SecretsService(createAesTestCipher());
    const sealed = await secrets.seal('Pässwort-1', ID, settings);
    const sameCa = { ...settings, caCertificatePem: `${CA.replace(/\n/g, '\r\n')}\r\n  ` };
    expect(bindingOf(sameCa)).toBe(bindingOf(settings));
    expect(await secrets.open(sealed, ID, sameCa)).toEqual({ ok: true, password: 'Pässwort-1' });
    const otherCa = { ...settings, caCertificatePem: CA.replace('MIIB', 'MIIC') };
    expect(await secrets.open(sealed, ID, otherCa)).toMatchObject({ ok: false, reason: 'binding-changed' });
  });

  it('a host name is one destination in any case, as DNS resolves it', () => {
    expect(bindingOf({ ...settings, server: 'MAIL.Contoso.LOCAL' })).toBe(bindingOf(settings));
  });

  it('keeps the binding it had when passwords were stored: changing it would ask every user again', () => {
    // Pinned: bindings are saved in the accounts file, so the recipe (lower-case server included) must not drift.
    const { caCertificatePem: _ca, ...withoutCa } = settings;
    expect(bindingOf({ ...withoutCa, server: 'Mail.Contoso.local' })).toBe(
      '316ca594814312c47d9edbad7c6cb05c076a6d27ef445dbe068f1da2e35e2e31',
    );
  });

  it.each(['0', 'g'])(
    'a payload whose binding has a stray %j around it is damaged, not another destination',
    async (stray) => {
      const cipher = createAesTestCipher();
      const secrets = new SecretsService(cipher);
      for (const binding of [`${stray}${bindingOf(settings)}`, `${bindingOf(settings)}${stray}`]) {
        const payload = JSON.stringify({ v: 2, accountId: ID, binding, password: 'x' });
        const forged = {
          cipherText: (await cipher.encrypt(`mailbox-connect-password\n${payload}`)).toString('base64'),
          binding: bindingOf(settings),
          format: 2 as const,
        };
        expect(await secrets.open(forged, ID, settings), binding).toEqual({ ok: false, reason: 'undecryptable' });
      }
    },
  );

  it('is never sealed where the OS offers no real encryption: the reason is the error', async () => {
    const secrets = new SecretsService(
      createAesTestCipher({ available: false, backend: 'basic_text', reason: literal('no keyring is running') }),
    );
    const refused = secrets.seal('Pässwort-1', ID, settings);
    await expect(refused).rejects.toThrow(SealRefusedError);
    await expect(refused.catch((error: SealRefusedError) => english(error.reason))).resolves.toBe(
      'no keyring is running',
    );
  });

  it('a cipher text that decrypts to something else than a payload of ours is not a password', async () => {
    const cipher = createAesTestCipher();
    const secrets = new SecretsService(cipher);
    // A well-formed payload behind a first line of the header's length but not the header.
    const payload = JSON.stringify({ v: 2, accountId: ID, binding: bindingOf(settings), password: 'x' });
    const plainText = `${'X'.repeat('mailbox-connect-password\n'.length)}${payload}`;
    const forged = {
      cipherText: (await cipher.encrypt(plainText)).toString('base64'),
      binding: bindingOf(settings),
      format: 2 as const,
    };
    expect(await secrets.open(forged, ID, settings)).toEqual({ ok: false, reason: 'undecryptable' });
  });
});
