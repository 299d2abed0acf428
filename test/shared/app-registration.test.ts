import { describe, expect, it } from 'vitest';
import { validateAccountSettings } from '../../src/shared/account';
import { english } from '../support/report-text';

const base = {
  method: 'imap-oauth',
  tenant: 'contoso.onmicrosoft.com',
  clientId: '00001111-aaaa-2222-bbbb-3333cccc4444',
  clientCredential: 'secret',
  authorityHost: 'login.microsoftonline.com',
  server: 'outlook.office365.com',
  port: 993,
  encryption: 'tls',
  validateSsl: true,
  connectionName: 'Invoices (Microsoft 365)',
  emailAddress: 'invoices@contoso.com',
  userName: 'invoices@contoso.com',
};

function errorsOf(input: Record<string, unknown>): Record<string, string> {
  const result = validateAccountSettings(input);
  if (result.ok) return {};
  return Object.fromEntries(Object.entries(result.fieldErrors).map(([field, error]) => [field, english(error) ?? '']));
}

describe('the app registration of the Microsoft 365 methods (issue 16)', () => {
  it('takes a tenant domain or ID and an application ID, in any case, and keeps them in lower case', () => {
    const result = validateAccountSettings({
      ...base,
      tenant: ' 9188040D-6C67-4C5B-B112-36A304B66DAD ',
      clientId: '00001111-AAAA-2222-BBBB-3333CCCC4444',
      authorityHost: 'Login.MicrosoftOnline.com',
    });
    expect(result.ok && result.settings).toMatchObject({
      tenant: '9188040d-6c67-4c5b-b112-36a304b66dad',
      clientId: '00001111-aaaa-2222-bbbb-3333cccc4444',
      authorityHost: 'login.microsoftonline.com',
    });
  });

  it('names each missing piece at its field', () => {
    expect(
      errorsOf({ ...base, tenant: '', clientId: ' ', authorityHost: undefined, clientCredential: undefined }),
    ).toEqual({
      tenant: 'Enter the tenant: its ID (a GUID) or one of its domains, e.g. contoso.onmicrosoft.com.',
      clientId: 'Enter the application (client) ID of the app registration.',
      authorityHost: 'Enter the sign-in host, e.g. login.microsoftonline.com.',
      clientCredential: 'Choose how the app proves who it is: a client secret or a certificate.',
    });
  });

  it.each([
    ['tenant', 'common', 'This is neither a tenant ID (a GUID) nor a domain such as contoso.onmicrosoft.com.'],
    ['tenant', 'https://login.microsoftonline.com/contoso', 'This is neither'],
    ['clientId', 'invoices-app', 'The application (client) ID is a GUID'],
    ['authorityHost', 'https://login.microsoftonline.com/', 'Enter only the sign-in host'],
    ['userName', 'CONTOSO\\invoices', 'Enter the mailbox as an address'],
    ['sharedMailboxAlias', 'invoices', 'A shared mailbox alias applies to password sign-in only'],
  ])('%s %j is refused with a message that says why', (field, value, expected) => {
    expect(errorsOf({ ...base, [field]: value })[field]).toContain(expected);
  });

  it('sends a token only over an encrypted connection', () => {
    expect(errorsOf({ ...base, encryption: 'none', insecureAcknowledged: true }).encryption).toBe(
      'Microsoft 365 accepts tokens only over an encrypted connection: choose SSL or TLS.',
    );
  });

  it('takes a local issuer with a port, as the tests run one', () => {
    expect(validateAccountSettings({ ...base, authorityHost: '127.0.0.1:44321' }).ok).toBe(true);
  });

  it('IMAP with a password needs none of it, and keeps DOMAIN\\user logins', () => {
    const { tenant: _t, clientId: _c, clientCredential: _k, authorityHost: _a, ...imap } = base;
    expect(validateAccountSettings({ ...imap, method: 'imap', userName: 'CONTOSO\\invoices' }).ok).toBe(true);
  });
});
