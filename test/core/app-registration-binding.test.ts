import { describe, expect, it } from 'vitest';
import { SecretsService, bindingOf } from '../../src/core/secrets';
import { passwordAssociatedData } from '../../src/core/transfer/transfer-file';
import { createAesTestCipher } from '../support/aes-test-cipher';

const ID = '00000000-0000-4000-8000-000000000002';
const imapOauth = {
  method: 'imap-oauth' as const,
  tenant: 'contoso.onmicrosoft.com',
  clientId: '00001111-aaaa-2222-bbbb-3333cccc4444',
  clientCredential: 'secret' as const,
  authorityHost: 'login.microsoftonline.com',
  server: 'outlook.office365.com',
  port: 993,
  userName: 'invoices@contoso.com',
  encryption: 'tls' as const,
  validateSsl: true,
};

describe('a client secret is bound to its app registration (issue 16)', () => {
  it.each([
    ['another tenant', { tenant: 'fabrikam.onmicrosoft.com' }],
    ['another application', { clientId: '99991111-aaaa-2222-bbbb-3333cccc4444' }],
    ['a certificate instead of a secret', { clientCredential: 'certificate' as const }],
    ['another sign-in host', { authorityHost: 'login.microsoftonline.us' }],
    ['Graph instead of IMAP', { method: 'graph' as const }],
    ['another mailbox', { userName: 'payroll@contoso.com' }],
    ['another server for the token', { server: 'outlook.office365.us' }],
  ])('%s: the stored secret is not used', async (_change, change) => {
    const secrets = new SecretsService(createAesTestCipher());
    const sealed = await secrets.seal('client-secret~1', ID, imapOauth);
    expect(await secrets.open(sealed, ID, { ...imapOauth, ...change })).toMatchObject({
      ok: false,
      reason: 'binding-changed',
    });
    expect(await secrets.open(sealed, ID, imapOauth)).toEqual({ ok: true, password: 'client-secret~1' });
  });

  it('an IMAP password does not become a client secret when the method changes', () => {
    const { tenant: _t, clientId: _c, clientCredential: _k, authorityHost: _a, ...rest } = imapOauth;
    expect(bindingOf({ ...rest, method: 'imap' })).not.toBe(bindingOf({ ...rest, method: 'imap-oauth' }));
  });

  it('the IDs and the host count in any case, as Entra ID reads them', () => {
    const upper = {
      ...imapOauth,
      tenant: 'Contoso.OnMicrosoft.com',
      clientId: imapOauth.clientId.toUpperCase(),
      authorityHost: 'LOGIN.microsoftonline.com',
    };
    expect(bindingOf(upper)).toBe(bindingOf(imapOauth));
  });

  it('IMAP with a password ignores stray app-registration values, so its stored passwords still open', () => {
    const imap = { ...imapOauth, method: 'imap' as const };
    const { tenant: _t, clientId: _c, clientCredential: _k, authorityHost: _a, ...bare } = imap;
    expect(bindingOf(imap)).toBe(bindingOf(bare));
  });
});

describe('an exported secret is sealed with its app registration (issue 16)', () => {
  it('counts the app registration for the Microsoft 365 methods', () => {
    const data = passwordAssociatedData(imapOauth);
    expect(data).toContain('"tenant":"contoso.onmicrosoft.com"');
    expect(passwordAssociatedData({ ...imapOauth, tenant: 'fabrikam.onmicrosoft.com' })).not.toBe(data);
  });

  it('leaves it out for IMAP with a password, as files exported before the new methods were written', () => {
    const imap = { ...imapOauth, method: 'imap' };
    const { tenant: _t, clientId: _c, clientCredential: _k, authorityHost: _a, ...bare } = imap;
    expect(passwordAssociatedData(imap)).toBe(passwordAssociatedData(bare));
    expect(passwordAssociatedData(imap)).not.toContain('tenant');
  });
});
