import { describe, expect, it } from 'vitest';
import { accountWarnings, effectiveLogin, newAccountDefaults, validateAccountSettings } from '../../src/shared/account';
import { portAfterEncryptionChange } from '../../src/shared/encryption';
import { message } from '../../src/shared/i18n/message';
import { serverAddressProblem } from '../../src/shared/server-address';
import { english } from '../support/report-text';

/** The problem with a server address, in English words (undefined when there is none). */
const serverAddressText = (server: string) => {
  const problem = serverAddressProblem(server);
  return problem && english(message(problem));
};

const valid = {
  ...newAccountDefaults(),
  server: 'mail.contoso.local',
  connectionName: 'Invoices',
  emailAddress: 'invoices@contoso.com',
  userName: 'CONTOSO\\invoices',
};

describe('server address', () => {
  it.each(['mail.contoso.local', 'localhost', '10.0.0.5', '::1', 'fe80::1', 'EXCH01', 'mail.example.com.'])(
    'accepts %s',
    (server) => {
      expect(serverAddressProblem(server)).toBeUndefined();
    },
  );
  it.each([
    ['', /Enter the server/],
    ['imaps://mail.contoso.local', /without a scheme/],
    ['mail.contoso.local/owa', /without a path/],
    ['mail.contoso.local:993', /Port field/],
    ['[::1]', /without brackets/],
    ['mail contoso', /spaces/],
    ['300.1.1.1', /IPv4/],
    ['mail..contoso', /not a valid host name/],
    ['-mail.contoso', /not a valid host name/],
  ])('rejects %j with a specific message', (server, pattern) => {
    expect(serverAddressText(server)).toMatch(pattern);
  });
});

describe('account validation', () => {
  it('accepts a complete account and trims server, name and address', () => {
    const result = validateAccountSettings({ ...valid, server: '  mail.contoso.local ', connectionName: ' Invoices ' });
    expect(result.ok && result.settings.server).toBe('mail.contoso.local');
    expect(result.ok && result.settings.connectionName).toBe('Invoices');
  });

  it('reports each field with its own message', () => {
    const result = validateAccountSettings({
      ...valid,
      server: 'x:1',
      port: '99a',
      connectionName: '',
      emailAddress: 'not-an-address',
      userName: 'a\nb',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(english(result.fieldErrors.server)).toMatch(/Port field/);
    expect(english(result.fieldErrors.port)).toMatch(/whole number/);
    expect(english(result.fieldErrors.connectionName)).toMatch(/Enter a connection name/);
    expect(english(result.fieldErrors.emailAddress)).toMatch(/valid e-mail address/);
    expect(english(result.fieldErrors.userName)).toMatch(/line breaks/);
  });

  it.each([0, 65536, 1.5])('rejects port %s', (port) => {
    const result = validateAccountSettings({ ...valid, port });
    expect(!result.ok && result.fieldErrors.port).toBeTruthy();
  });

  it('keeps DOMAIN\\user\\sharedAlias exactly as typed', () => {
    const result = validateAccountSettings({ ...valid, userName: 'CONTOSO\\scanner\\invoices' });
    expect(result.ok && result.settings.userName).toBe('CONTOSO\\scanner\\invoices');
  });

  it('requires unique connection names, ignoring case', () => {
    const result = validateAccountSettings(valid, ['INVOICES']);
    expect(!result.ok && english(result.fieldErrors.connectionName)).toMatch(/already/);
  });

  it('requires an acknowledgement for unencrypted options', () => {
    const result = validateAccountSettings({ ...valid, encryption: 'none', port: 143 });
    expect(!result.ok && english(result.fieldErrors.insecureAcknowledged)).toMatch(/unencrypted/);
    expect(validateAccountSettings({ ...valid, encryption: 'none', port: 143, insecureAcknowledged: true }).ok).toBe(
      true,
    );
  });
});

describe('encryption and port', () => {
  it('moves the port along while it is the previous default', () => {
    expect(portAfterEncryptionChange('ssl', 'starttls', 993)).toBe(143);
    expect(portAfterEncryptionChange('starttls', 'tls', 143)).toBe(993);
    expect(portAfterEncryptionChange('ssl', 'starttls', 1993)).toBe(1993);
  });

  it('warns when option and port disagree and when unencrypted', () => {
    expect(accountWarnings({ encryption: 'ssl', port: 143 }).map((warning) => warning.field)).toEqual(['port']);
    expect(accountWarnings({ encryption: 'starttls', port: 993 }).map((warning) => warning.field)).toEqual(['port']);
    expect(accountWarnings({ encryption: 'notls', port: 143 }).map((warning) => warning.field)).toEqual(['encryption']);
    expect(accountWarnings({ encryption: 'ssl', port: 993 })).toEqual([]);
  });

  it('builds the Exchange shared-mailbox login from the alias, and rejects an alias given twice or malformed', () => {
    const base = { ...valid, userName: 'CONTOSO\\scanner' };
    const accepted = validateAccountSettings({ ...base, sharedMailboxAlias: ' invoices ' });
    expect(accepted.ok && accepted.settings.sharedMailboxAlias).toBe('invoices');
    expect(accepted.ok && effectiveLogin(accepted.settings)).toBe('CONTOSO\\scanner\\invoices');
    const none = validateAccountSettings({ ...base, sharedMailboxAlias: '' });
    expect(none.ok && effectiveLogin(none.settings)).toBe('CONTOSO\\scanner');
    for (const alias of ['two words', 'x@contoso.com', 'a\\b', 'a/b']) {
      const rejected = validateAccountSettings({ ...base, sharedMailboxAlias: alias });
      expect(!rejected.ok && english(rejected.fieldErrors.sharedMailboxAlias), alias).toMatch(
        /without \\, \/, @ or spaces/,
      );
    }
    const twice = validateAccountSettings({
      ...base,
      userName: 'CONTOSO\\scanner\\invoices',
      sharedMailboxAlias: 'credits',
    });
    expect(!twice.ok && english(twice.fieldErrors.sharedMailboxAlias)).toMatch(/not in both/);
  });
});
