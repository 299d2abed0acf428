import { describe, expect, it } from 'vitest';
import { parseTransferText } from '../../../src/core/transfer/transfer-file';
import { IMPORT_MAX_ACCOUNTS, IMPORT_MAX_BYTES } from '../../../src/shared/transfer';
import { english } from '../../support/report-text';

// What a user reads when an export file is refused, checked word for word: each problem names the
// place (file, key path, or account number and name) so the file can be fixed in one go.

const HEADER = {
  format: 'mailbox-connect-accounts',
  version: 2,
  exportedAt: '2026-11-26T09:00:00.000Z',
  application: 'Mailbox Connect test',
  passwords: 'none',
};
const entry = (overrides: Record<string, unknown> = {}) => ({
  server: 'mail.contoso.local',
  port: 993,
  encryption: 'tls',
  validateSsl: true,
  connectionName: 'Invoices',
  emailAddress: 'invoices@contoso.com',
  userName: 'scanner',
  ...overrides,
});
const fileOf = (accounts: unknown[], header: Record<string, unknown> = {}) =>
  JSON.stringify({ ...HEADER, ...header, accounts }, undefined, 2);
/** A sealed password of the right shape (its contents do not matter before the passphrase is used). */
const SEALED = { iv: 'AAAAAAAAAAAAAAAA', tag: 'AAAAAAAAAAAAAAAAAAAAAA==', data: 'AAAA' };

/** The file as parsed, its problems in the words an English reader sees. */
const readAs = (text: string) => {
  const parsed = parseTransferText(text);
  return parsed.ok ? parsed : { ok: false, problems: parsed.problems.map(english) };
};
const problemsOf = (text: string) => {
  const parsed = readAs(text);
  return parsed.ok ? parsed : parsed.problems;
};
const jsonErrorOf = (text: string) => {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected invalid JSON');
};

describe('the export file: size and encoding', () => {
  it('a file of exactly the size limit is read; one byte more is refused with its size', () => {
    const text = fileOf([entry()]);
    const padded = text + ' '.repeat(IMPORT_MAX_BYTES - Buffer.byteLength(text, 'utf8'));
    expect(Buffer.byteLength(padded, 'utf8')).toBe(IMPORT_MAX_BYTES);
    expect(parseTransferText(padded)).toMatchObject({
      ok: true,
      accounts: [{ settings: { connectionName: 'Invoices' } }],
    });
    expect(readAs(`${padded} `)).toEqual({
      ok: false,
      problems: ['The file is 6 MB; an export is at most 5 MB. Is it the right file?'],
    });
  });

  it('the limit counts bytes, not characters', () => {
    const text = 'ü'.repeat(IMPORT_MAX_BYTES / 2 + 1);
    expect(text.length).toBeLessThan(IMPORT_MAX_BYTES);
    expect(problemsOf(text)).toEqual(['The file is 6 MB; an export is at most 5 MB. Is it the right file?']);
  });

  it('a leading byte-order mark (Notepad) is dropped; the same character inside a value is kept', () => {
    expect(parseTransferText(`\uFEFF${fileOf([entry()])}`)).toMatchObject({ ok: true, accounts: [{}] });
    const inner = parseTransferText(fileOf([entry({ connectionName: 'Inv\uFEFFoices' })]));
    expect(inner).toMatchObject({ ok: true, accounts: [{ settings: { connectionName: 'Inv\uFEFFoices' } }] });
  });

  it('a file that is not JSON says why, in the parser’s words', () => {
    const text = '{"format": "mailbox-connect-accounts",';
    expect(problemsOf(text)).toEqual([`The file is not valid JSON: ${jsonErrorOf(text)}`]);
  });

  it.each(['null', '[]', '42', '"mailbox-connect-accounts"'])('%s is not an export', (text) => {
    expect(problemsOf(text)).toEqual(['This is not a Mailbox Connect export (its "format" is missing or different).']);
  });

  it('a version written as text is a wrong version, not a newer one', () => {
    expect(problemsOf(fileOf([], { version: '3' }))).toEqual(['version: must be one of: 2']);
  });
});

describe('the export file: its header', () => {
  it('names the key of each problem, or "file" for the document itself', () => {
    expect(readAs(fileOf([], { extra: 1 }))).toEqual({
      ok: false,
      problems: ['file: unknown fields: extra'],
    });
    expect(problemsOf(fileOf([], { encryption: { kdf: 'scrypt', N: 2 ** 20, r: 8, p: 1 } }))).toEqual([
      'encryption.N: not valid',
      'encryption.salt: must be text',
      'encryption.keys: must be one of: "hkdf-sha256"',
      'encryption.cipher: must be one of: "aes-256-gcm"',
      'encryption.mac: must be one of: "hmac-sha256"',
      'encryption.check: must be an object',
    ]);
  });

  it('reports at most 20 header problems: a file with more is the wrong file', () => {
    const header = {
      exportedAt: 5,
      application: 5,
      passwords: 'some',
      mac: '!',
      extra: 1,
      encryption: {
        kdf: 'pbkdf2',
        N: 1,
        r: 1,
        p: 2,
        salt: '!',
        keys: 'x',
        cipher: 'x',
        mac: 'x',
        check: { iv: '!', tag: '!', data: '!', x: 1 },
        y: 1,
      },
    };
    const problems = problemsOf(JSON.stringify({ ...HEADER, ...header, accounts: 'none' }));
    expect(problems).toHaveLength(20);
    expect((problems as string[]).slice(0, 4)).toEqual([
      'exportedAt: must be text',
      'application: must be text',
      'passwords: must be one of: "none", "encrypted"',
      'accounts: must be a list',
    ]);
  });

  it(`refuses more than ${IMPORT_MAX_ACCOUNTS} accounts in the user’s words`, () => {
    const many = Array.from({ length: IMPORT_MAX_ACCOUNTS + 1 }, () => ({}));
    expect(readAs(fileOf(many))).toEqual({
      ok: false,
      problems: [`accounts: The file holds more than ${IMPORT_MAX_ACCOUNTS} accounts.`],
    });
  });

  it('encrypted passwords without key information (and, in version 2, without a MAC) are refused', () => {
    expect(problemsOf(fileOf([], { passwords: 'encrypted' }))).toEqual([
      'The file says its passwords are encrypted but carries no key information.',
      'The file has encrypted passwords but no authentication code (mac): it was not written by Mailbox Connect, or it was altered.',
    ]);
    expect(problemsOf(fileOf([], { version: 1, passwords: 'encrypted' }))).toEqual([
      'The file says its passwords are encrypted but carries no key information.',
    ]);
  });

  it('a sealed password in a file that says it has none is refused, with the account’s number', () => {
    const text = fileOf([entry({ connectionName: 'First' }), entry({ connectionName: 'Second', password: SEALED })]);
    expect(problemsOf(text)).toEqual(['Account 2 carries a password although the file says it has none.']);
  });
});

describe('the export file: its accounts', () => {
  it('names an entry that is no object, or has no text as its name, by number', () => {
    expect(problemsOf(fileOf([null, entry({ connectionName: 42 })]))).toEqual([
      'Account 1 (“”): entry: must be an object',
      'Account 2 (“”): connectionName: must be text',
    ]);
  });

  it('an unknown key in an entry is a problem of the entry', () => {
    expect(problemsOf(fileOf([entry({ colour: 'red' })]))).toEqual([
      'Account 1 (“Invoices”): entry: unknown fields: colour',
    ]);
  });

  it('names the full key path of a damaged sealed password', () => {
    expect(problemsOf(fileOf([entry({ password: { ...SEALED, data: '%%%' } })], { passwords: 'encrypted' }))).toEqual(
      expect.arrayContaining(['Account 1 (“Invoices”): password.data: not in the expected format']),
    );
  });

  it('reports the first three problems of an entry, then goes on with the next', () => {
    const bad = entry({ server: 'imap://x', port: 0, emailAddress: 'x', userName: '' });
    expect(problemsOf(fileOf([bad, entry({ connectionName: 'Other', port: 'x' })]))).toEqual([
      'Account 1 (“Invoices”): server: Enter only the host name, without a scheme such as imap:// or https://.',
      'Account 1 (“Invoices”): port: Enter a port between 1 and 65535.',
      'Account 1 (“Invoices”): emailAddress: Enter a valid e-mail address, e.g. invoices@example.com.',
      'Account 2 (“Other”): port: The port must be a whole number between 1 and 65535.',
    ]);
  });

  it('applies the rules across fields (two folders that are one), named by account', () => {
    expect(readAs(fileOf([entry({ connectionName: 'Mixed', successFolder: 'Done', failedFolder: 'DONE' })]))).toEqual({
      ok: false,
      problems: ['Account 1 (“Mixed”): failedFolder: Processed and failed mail need two different folders.'],
    });
  });

  it('reports at most 20 problems in all', () => {
    const accounts = Array.from({ length: 25 }, (_, index) => entry({ connectionName: `A${index}`, port: 0 }));
    const problems = problemsOf(fileOf(accounts));
    expect(problems).toHaveLength(20);
    expect((problems as string[])[19]).toBe('Account 20 (“A19”): port: Enter a port between 1 and 65535.');
  });
});

describe('the export file: connection names', () => {
  it('a name that appears twice, trimmed and in any case, is named with both account numbers', () => {
    const text = fileOf([
      entry({ connectionName: ' Alpha' }),
      entry({ connectionName: 'Beta' }),
      entry({ connectionName: '  alpha  ' }),
    ]);
    expect(problemsOf(text)).toEqual(['“alpha” appears twice (accounts 1 and 3); connection names must be unique.']);
  });

  it('two blank names are each refused as blank, not reported as one name twice', () => {
    expect(problemsOf(fileOf([entry({ connectionName: '   ' }), entry({ connectionName: '   ' })]))).toEqual([
      'Account 1 (“   ”): connectionName: Enter a connection name, e.g. "Invoices – head office".',
      'Account 2 (“   ”): connectionName: Enter a connection name, e.g. "Invoices – head office".',
    ]);
  });

  it('compares names as the app does (lower case): “Straße” and “STRASSE” are two accounts', () => {
    const parsed = parseTransferText(
      fileOf([entry({ connectionName: 'Straße' }), entry({ connectionName: 'STRASSE' })]),
    );
    expect(parsed).toMatchObject({
      ok: true,
      accounts: [{ settings: { connectionName: 'Straße' } }, { settings: { connectionName: 'STRASSE' } }],
    });
  });
});
