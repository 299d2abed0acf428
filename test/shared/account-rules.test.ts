import { beforeAll, describe, expect, it } from 'vitest';
import {
  CA_PEM_MAX_LENGTH,
  accountIdSchema,
  accountWarnings,
  connectionSettingsSchema,
  effectiveLogin,
  newAccountDefaults,
  passwordSchema,
  validateAccountSettings,
  type FieldErrors,
} from '../../src/shared/account';
import type { Encryption } from '../../src/shared/encryption';
import { setMessageLocale } from '../../src/shared/i18n';
import { messageOfIssue, type SchemaIssue } from '../../src/shared/schema-message';
import { english } from '../support/report-text';
import { en } from '../../src/shared/i18n/en';

// The exact texts a user reads next to each field (English catalogue).
const control = (field: string) => `${field} must not contain line breaks or NUL characters.`;

const valid = {
  ...newAccountDefaults(),
  server: 'mail.contoso.local',
  connectionName: 'Invoices',
  emailAddress: 'invoices@contoso.com',
  userName: 'CONTOSO\\invoices',
};

const HEX = 'ab'.repeat(32);
const COLONS = 'AB:'.repeat(31) + 'AB';
const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';

/** Each field's message as an English reader sees it. */
type FieldTexts = Partial<Record<keyof FieldErrors, string>>;
function inEnglish(errors: FieldErrors): FieldTexts {
  return Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, english(error)]));
}

function errorsOf(overrides: Record<string, unknown>, others?: readonly string[]): FieldTexts {
  const result = validateAccountSettings({ ...valid, ...overrides }, others);
  return result.ok ? {} : inEnglish(result.fieldErrors);
}

function issueText(parsed: { success: boolean; error?: { issues: SchemaIssue[] } }): string | undefined {
  const first = parsed.success ? undefined : parsed.error?.issues[0];
  return first === undefined ? undefined : english(messageOfIssue(first));
}

/** The valid account with some fields left out, as an older file or the CLI may hand it in. */
function without(...fields: (keyof typeof valid)[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(valid).filter(([key]) => !fields.includes(key as keyof typeof valid)));
}

function settingsOf(overrides: Record<string, unknown>) {
  const result = validateAccountSettings({ ...valid, ...overrides });
  if (!result.ok) throw new Error(`expected valid settings, got ${JSON.stringify(result.fieldErrors)}`);
  return result.settings;
}

beforeAll(() => setMessageLocale('en'));

describe('each field error, exactly as the user reads it', () => {
  it.each<[string, Record<string, unknown>, FieldTexts]>([
    ['server over 1,000 characters', { server: 'a'.repeat(1001) }, { server: 'The server is too long.' }],
    ['port neither number nor text', { port: null }, { port: 'Enter a port between 1 and 65535.' }],
    ['port left empty', { port: '' }, { port: 'Enter a port between 1 and 65535.' }],
    ['port of spaces only', { port: '   ' }, { port: 'Enter a port between 1 and 65535.' }],
    ['port with trailing letters', { port: '99a' }, { port: 'The port must be a whole number between 1 and 65535.' }],
    ['port with leading letters', { port: 'a99' }, { port: 'The port must be a whole number between 1 and 65535.' }],
    ['port in exponent form', { port: '1e3' }, { port: 'The port must be a whole number between 1 and 65535.' }],
    ['port with a sign', { port: '+993' }, { port: 'The port must be a whole number between 1 and 65535.' }],
    ['fractional port number', { port: 1.5 }, { port: 'The port must be a whole number.' }],
    ['port 0', { port: 0 }, { port: 'Enter a port between 1 and 65535.' }],
    ['port 65536', { port: '65536' }, { port: 'Enter a port between 1 and 65535.' }],
    ['unknown encryption', { encryption: 'ssl3' }, { encryption: 'Choose an encryption option.' }],
    ['empty connection name', { connectionName: '   ' }, { connectionName: en['validation.connectionName.empty'] }],
    [
      'connection name of 101 characters',
      { connectionName: 'n'.repeat(101) },
      { connectionName: 'The connection name is longer than 100 characters.' },
    ],
    [
      'connection name with a line break',
      { connectionName: 'a\nb' },
      { connectionName: control('The connection name') },
    ],
    ['empty e-mail address', { emailAddress: ' ' }, { emailAddress: 'Enter the mailbox e-mail address.' }],
    [
      'malformed e-mail address',
      { emailAddress: 'invoices@' },
      { emailAddress: en['validation.emailAddress.invalid'] },
    ],
    ['empty user name', { userName: '  ' }, { userName: en['validation.userName.empty'] }],
    ['user name of 257 characters', { userName: 'u'.repeat(257) }, { userName: en['validation.userName.tooLong'] }],
    ['user name with a NUL', { userName: 'a\0b' }, { userName: control('The user name') }],
    [
      'alias of 65 characters',
      { sharedMailboxAlias: 'a'.repeat(65) },
      { sharedMailboxAlias: en['validation.alias.tooLong'] },
    ],
    ['alias with a NUL', { sharedMailboxAlias: 'a\0b' }, { sharedMailboxAlias: control('The shared mailbox alias') }],
    [
      'empty success folder',
      { successFolder: '  ' },
      { successFolder: 'Enter the folder name, e.g. SuccessProcessing.' },
    ],
    [
      'failed folder of 201 characters',
      { failedFolder: 'f'.repeat(201) },
      { failedFolder: 'The folder name is longer than 200 characters.' },
    ],
    ['folder with *', { successFolder: 'Done*' }, { successFolder: en['validation.folder.wildcard'] }],
    ['folder with %', { failedFolder: 'Fail%' }, { failedFolder: en['validation.folder.wildcard'] }],
    ['INBOX as folder', { successFolder: 'INBOX' }, { successFolder: en['validation.folder.inbox'] }],
    ['inbox in any case', { failedFolder: ' Inbox ' }, { failedFolder: en['validation.folder.inbox'] }],
    ['success folder with a line break', { successFolder: 'a\rb' }, { successFolder: control('The success folder') }],
    ['failed folder with a line break', { failedFolder: 'a\nb' }, { failedFolder: control('The failure folder') }],
    ['malformed fingerprint', { trustedFingerprint: 'abc' }, { trustedFingerprint: en['validation.fingerprint'] }],
    [
      'fingerprint of 63 digits',
      { trustedFingerprint: HEX.slice(1) },
      { trustedFingerprint: en['validation.fingerprint'] },
    ],
    [
      'fingerprint of 65 digits',
      { trustedFingerprint: `${HEX}a` },
      { trustedFingerprint: en['validation.fingerprint'] },
    ],
    [
      'fingerprint with a prefix',
      { trustedFingerprint: `SHA256 ${HEX}` },
      { trustedFingerprint: en['validation.fingerprint'] },
    ],
    ['CA file without PEM', { caCertificatePem: 'MIIB' }, { caCertificatePem: en['validation.caFile.noPem'] }],
    [
      'CA file one character over 64 KiB',
      { caCertificatePem: PEM.padEnd(CA_PEM_MAX_LENGTH + 1, '\n') },
      { caCertificatePem: 'The CA file is larger than 64 KiB.' },
    ],
  ])('%s', (_case, overrides, expected) => {
    expect(errorsOf(overrides)).toEqual(expected);
  });
});

describe('bounds that are still accepted, and normalising', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['port 1', { port: 1 }, { port: 1 }],
    ['port 65535', { port: 65535 }, { port: 65535 }],
    ['port as text with spaces', { port: ' 993 ' }, { port: 993 }],
    ['connection name of 100 characters', { connectionName: 'n'.repeat(100) }, { connectionName: 'n'.repeat(100) }],
    ['user name of 256 characters', { userName: 'u'.repeat(256) }, { userName: 'u'.repeat(256) }],
    ['alias of 64 characters', { sharedMailboxAlias: 'a'.repeat(64) }, { sharedMailboxAlias: 'a'.repeat(64) }],
    ['folder of 200 characters', { successFolder: 's'.repeat(200) }, { successFolder: 's'.repeat(200) }],
    [
      'folders trimmed',
      { successFolder: ' Done ', failedFolder: ' Failed ' },
      { successFolder: 'Done', failedFolder: 'Failed' },
    ],
    ['an empty alias is no alias', { sharedMailboxAlias: '' }, { sharedMailboxAlias: undefined }],
    ['an alias of spaces is no alias', { sharedMailboxAlias: '  ' }, { sharedMailboxAlias: undefined }],
    ['an empty fingerprint is none', { trustedFingerprint: '' }, { trustedFingerprint: undefined }],
    ['a fingerprint of spaces is none', { trustedFingerprint: '   ' }, { trustedFingerprint: undefined }],
    ['fingerprint as 64 lower-case digits', { trustedFingerprint: HEX }, { trustedFingerprint: COLONS }],
    ['fingerprint with colons', { trustedFingerprint: COLONS.toLowerCase() }, { trustedFingerprint: COLONS }],
    [
      'fingerprint with spaces around and between',
      { trustedFingerprint: ` ${COLONS.replaceAll(':', ' ')} ` },
      { trustedFingerprint: COLONS },
    ],
    ['an empty CA file is none', { caCertificatePem: '' }, { caCertificatePem: undefined }],
    ['a CA file of blank lines is none', { caCertificatePem: ' \n ' }, { caCertificatePem: undefined }],
    ['a CA file is trimmed', { caCertificatePem: `\n${PEM}\n\n` }, { caCertificatePem: PEM }],
    [
      'a CA file of exactly 64 KiB',
      { caCertificatePem: `${PEM.padEnd(CA_PEM_MAX_LENGTH - 1, ' ')}x` },
      { caCertificatePem: `${PEM.padEnd(CA_PEM_MAX_LENGTH - 1, ' ')}x` },
    ],
  ])('%s', (_case, overrides, expected) => {
    expect(settingsOf(overrides)).toMatchObject(expected);
  });

  it('fills in the processing folders and a missing acknowledgement', () => {
    const result = validateAccountSettings(without('successFolder', 'failedFolder', 'insecureAcknowledged'));
    expect(result.ok && result.settings).toMatchObject({
      successFolder: 'SuccessProcessing',
      failedFolder: 'FailedProcessing',
      insecureAcknowledged: false,
    });
  });
});

describe('rules across fields', () => {
  it.each([
    ['SuccessProcessing', 'SuccessProcessing'],
    ['Done', 'done'],
    ['done', 'DONE'],
  ])('refuses %j and %j as the two folders, on the failed folder', (successFolder, failedFolder) => {
    expect(errorsOf({ successFolder, failedFolder })).toEqual({
      failedFolder: 'Processed and failed mail need two different folders.',
    });
  });

  it.each([
    ['CONTOSO\\scanner', 'invoices', 'CONTOSO\\scanner\\invoices'],
    ['scanner@contoso.com', 'invoices', 'scanner@contoso.com\\invoices'],
    ['CONTOSO\\scanner', undefined, 'CONTOSO\\scanner'],
    ['CONTOSO\\scanner\\invoices', undefined, 'CONTOSO\\scanner\\invoices'],
  ])('user %j with alias %j signs in as %j', (userName, sharedMailboxAlias, login) => {
    expect(effectiveLogin(settingsOf({ userName, sharedMailboxAlias }))).toBe(login);
  });

  it('refuses an alias both in the user name and in its own field', () => {
    expect(errorsOf({ userName: 'CONTOSO\\scanner\\invoices', sharedMailboxAlias: 'credits' })).toEqual({
      sharedMailboxAlias: en['validation.alias.twice'],
    });
  });

  it.each(['none', 'notls'] as const)('requires the acknowledgement for %s, even when it is left out', (encryption) => {
    const result = validateAccountSettings({ ...without('insecureAcknowledged'), encryption, port: 143 });
    expect(!result.ok && inEnglish(result.fieldErrors)).toEqual({
      insecureAcknowledged: 'Confirm that the password will travel unencrypted, or choose SSL, TLS or STARTTLS.',
    });
  });

  it('finds a taken connection name whatever its case and surrounding spaces', () => {
    const taken = { connectionName: 'Another account already has this connection name.' };
    expect(errorsOf({ connectionName: ' Invoices ' }, ['Credits', 'invoices'])).toEqual(taken);
    expect(errorsOf({ connectionName: 'INVOICES' }, [' invoices '])).toEqual(taken);
    expect(errorsOf({ connectionName: 'Invoices' }, ['Invoices 2'])).toEqual({});
  });

  // "Stryker was here" is what the mutation tool puts into an empty array: the default list must stay empty.
  it.each(['Invoices', 'Stryker was here'])('with no other accounts, %j is free', (connectionName) => {
    expect(errorsOf({ connectionName })).toEqual({});
  });
});

describe('what a connection test checks', () => {
  it('needs no connection name or e-mail address, and keeps every connection field normalised', () => {
    const parsed = connectionSettingsSchema.parse({
      server: ' mail.contoso.local ',
      port: '993',
      encryption: 'ssl',
      validateSsl: false,
      insecureAcknowledged: true,
      userName: ' CONTOSO\\scanner ',
      sharedMailboxAlias: ' invoices ',
      trustedFingerprint: HEX,
      caCertificatePem: ` ${PEM} `,
      successFolder: ' Done ',
      failedFolder: ' Failed ',
      connectionName: 'dropped',
    });
    expect(parsed).toEqual({
      method: 'imap',
      server: 'mail.contoso.local',
      port: 993,
      encryption: 'ssl',
      validateSsl: false,
      insecureAcknowledged: true,
      userName: 'CONTOSO\\scanner',
      sharedMailboxAlias: 'invoices',
      trustedFingerprint: COLONS,
      caCertificatePem: PEM,
      successFolder: 'Done',
      failedFolder: 'Failed',
    });
  });
});

describe('passwords and account ids', () => {
  it.each([
    ['', undefined],
    ['secret', undefined],
    ['p'.repeat(4096), undefined],
    ['p'.repeat(4097), 'The password is longer than 4096 characters.'],
    ['sec\nret', control('The password')],
    ['sec\0ret', control('The password')],
  ])('password %#', (password, message) => {
    expect(issueText(passwordSchema.safeParse(password))).toBe(message);
  });

  it.each([
    ['0b9c2f7e-1d2a-4c3b-9e8f-123456789abc', undefined],
    ['a'.repeat(64), undefined],
    ['a'.repeat(65), 'Not an account id.'],
    ['', 'Not an account id.'],
    ['../accounts', 'Not an account id.'],
  ])('account id %j', (id, message) => {
    expect(issueText(accountIdSchema.safeParse(id))).toBe(message);
  });
});

describe('warnings', () => {
  const implicitOn143 = { field: 'port', message: en['warning.port.implicitOn143'] };
  const plainOn993 = { field: 'port', message: en['warning.port.plainOn993'] };
  const unencrypted = {
    field: 'encryption',
    message: 'Unencrypted: the password and all mail can be read on the network.',
  };
  it.each<[Encryption, number | string, object[]]>([
    ['ssl', 993, []],
    ['tls', 993, []],
    ['starttls', 143, []],
    ['ssl', 143, [implicitOn143]],
    ['tls', '143', [implicitOn143]],
    ['starttls', 993, [plainOn993]],
    ['none', 143, [unencrypted]],
    ['notls', '993', [plainOn993, unencrypted]],
  ])('%s on port %j', (encryption, port, expected) => {
    expect(
      accountWarnings({ encryption, port }).map((warning) => ({ ...warning, message: english(warning.message) })),
    ).toEqual(expected);
  });
});

describe('a new account', () => {
  it('starts blank, on SSL port 993, validating certificates, with no risk acknowledged', () => {
    expect(newAccountDefaults()).toEqual({
      method: 'imap',
      server: '',
      port: 993,
      encryption: 'ssl',
      validateSsl: true,
      connectionName: '',
      emailAddress: '',
      userName: '',
      successFolder: 'SuccessProcessing',
      failedFolder: 'FailedProcessing',
      insecureAcknowledged: false,
    });
  });
});
