import { describe, expect, it } from 'vitest';
import { openTransferFile } from '../../../src/core/transfer/open-transfer-file';
import { createOpener, createSealer, type KeyDerivation } from '../../../src/core/transfer/passphrase-cipher';
import { english } from '../../support/report-text';

const PASSPHRASE = 'correct horse battery staple';
const PASSWORD = 'Golden-Canary-4711 ü';

/**
 * A file written by this version of the format (kept verbatim): every release must open it with its
 * password. It pins what export and import must agree on across versions, which a round trip within
 * one build cannot: the check text, the HKDF labels, the associated data of each password.
 */
const EXPORTED = `{
  "format": "mailbox-connect-accounts",
  "version": 2,
  "exportedAt": "2026-11-26T09:00:00.000Z",
  "application": "Mailbox Connect 1.0.0",
  "passwords": "encrypted",
  "encryption": {
    "kdf": "scrypt",
    "N": 32768,
    "r": 8,
    "p": 1,
    "salt": "WkBXLrTZo1eIuvfjo51Lxw==",
    "keys": "hkdf-sha256",
    "cipher": "aes-256-gcm",
    "mac": "hmac-sha256",
    "check": {
      "iv": "Zt2HvqrYHQzTBWq7",
      "tag": "Anb2ZD0AVjPHjry3jF1KDw==",
      "data": "JBHqjh1KSbSRB9ZP+Lo2d5R+P6ia2OX6O6HKvIad4PE="
    }
  },
  "accounts": [
    {
      "method": "imap",
      "server": "mail.contoso.local",
      "port": 993,
      "encryption": "tls",
      "validateSsl": true,
      "connectionName": "Invoices – Zürich",
      "emailAddress": "invoices@contoso.com",
      "userName": "CONTOSO\\\\scanner",
      "successFolder": "SuccessProcessing",
      "failedFolder": "FailedProcessing",
      "insecureAcknowledged": false,
      "password": {
        "iv": "1b2ybUUdx/0x4sve",
        "tag": "cscEnRazMiP+YfBFTFRePA==",
        "data": "Nj/fv2jwAdjbOytmkkiF8SUwqWQ/"
      }
    }
  ],
  "mac": "lKDYmpnBTiO+iG7zL7wmAmslFHE8HgnO2M+qgbNlEPg="
}
`;
const exported = () => JSON.parse(EXPORTED) as Record<string, unknown> & { encryption: KeyDerivation };
/** What the user reads: a refusal's message and problems in English, everything else as it is. */
async function read(opening: ReturnType<typeof openTransferFile>) {
  const opened = await opening;
  if (opened.ok) return opened;
  const { problems, ...error } = opened.error;
  return {
    ok: false,
    error: { ...error, message: english(error.message), ...(problems ? { problems: problems.map(english) } : {}) },
  };
}
const refusal = (problems: string[]) => ({
  ok: false,
  error: { code: 'INVALID_FILE', message: 'This file cannot be imported; nothing was changed.', problems },
});

describe('the passphrase format', () => {
  it('a file exported by this version opens with its password; a wrong passphrase is told apart', async () => {
    const opened = await openTransferFile(EXPORTED, PASSPHRASE);
    expect(opened).toMatchObject({
      ok: true,
      accounts: [
        { settings: { connectionName: 'Invoices – Zürich', userName: 'CONTOSO\\scanner' }, password: PASSWORD },
      ],
    });
    expect(await read(openTransferFile(EXPORTED, 'correct horse battery stapler'))).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: 'The passphrase is wrong. Nothing was imported.' },
    });
  });

  it('a MAC with a stray character before or after its base64 is refused before any key is derived', async () => {
    const mac = exported().mac as string;
    for (const altered of [`!${mac}`, `${mac}\n`])
      expect(await read(openTransferFile(JSON.stringify({ ...exported(), mac: altered }), PASSPHRASE))).toEqual(
        refusal(['mac: not in the expected format']),
      );
  });

  it('a salt of the wrong length is refused as a malformed file, not taken for a wrong passphrase', async () => {
    const document = exported();
    const shortSalt = { ...document, encryption: { ...document.encryption, salt: 'AAAAAAAAAAA=' } };
    expect(await read(openTransferFile(JSON.stringify(shortSalt), PASSPHRASE))).toEqual(
      refusal(['encryption.salt: not valid']),
    );
  });

  it('sealed data that is not base64 is refused, wherever in the text the stray characters are', async () => {
    for (const data of ['%%%', 'AAAA%', '%AAAA']) {
      const document = exported();
      const check = { ...document.encryption.check, data };
      const altered = { ...document, encryption: { ...document.encryption, check } };
      expect(await read(openTransferFile(JSON.stringify(altered), PASSPHRASE))).toEqual(
        refusal(['encryption.check.data: not in the expected format']),
      );
    }
  });

  it('a password whose GCM tag was cut short does not open (a 4-byte tag could be guessed)', async () => {
    const sealer = await createSealer(PASSPHRASE);
    const opener = await createOpener(PASSPHRASE, sealer.derivation);
    if (!opener) throw new Error('the passphrase should open its own check value');
    const sealed = sealer.seal(PASSWORD, 'entry');
    expect(opener.open(sealed, 'entry')).toBe(PASSWORD);
    for (const bytes of [4, 12]) {
      const tag = Buffer.from(sealed.tag, 'base64').subarray(0, bytes).toString('base64');
      expect(opener.open({ ...sealed, tag }, 'entry')).toBeUndefined();
    }
  });

  it('verify answers false for a MAC of another length instead of throwing', async () => {
    const sealer = await createSealer(PASSPHRASE);
    const opener = await createOpener(PASSPHRASE, sealer.derivation);
    if (!opener) throw new Error('the passphrase should open its own check value');
    const mac = sealer.mac('document');
    expect(opener.verify('document', mac)).toBe(true);
    expect(opener.verify('document', Buffer.from(mac, 'base64').subarray(0, 16).toString('base64'))).toBe(false);
    expect(opener.verify('document', '')).toBe(false);
  });
});
