import { describe, expect, it } from 'vitest';
import { looksLikeServerUrl, parseServerUrl } from '../../src/shared/server-url';

describe('parseServerUrl', () => {
  it.each([
    ['imaps://mail.contoso.local:993', { server: 'mail.contoso.local', port: 993, encryption: 'ssl' }],
    ['imap://mail.contoso.local:143', { server: 'mail.contoso.local', port: 143, encryption: 'starttls' }],
    ['imap://mail.contoso.local', { server: 'mail.contoso.local', port: 143, encryption: 'starttls' }],
    ['imaps://mail.contoso.local', { server: 'mail.contoso.local', port: 993, encryption: 'ssl' }],
    ['imaps://mail.contoso.local:993/', { server: 'mail.contoso.local', port: 993, encryption: 'ssl' }],
    ['IMAPS://mail.contoso.local:1993', { server: 'mail.contoso.local', port: 1993, encryption: 'ssl' }],
    [
      'imap://invoices%40contoso.local@mail.contoso.local/',
      { server: 'mail.contoso.local', port: 143, encryption: 'starttls' },
    ],
    ['imaps://[2001:db8::1]:993', { server: '2001:db8::1', port: 993, encryption: 'ssl' }],
    ['imaps://invoices@mail.contoso.local:993', { server: 'mail.contoso.local', port: 993, encryption: 'ssl' }],
    ['  imaps://10.0.0.5:993  ', { server: '10.0.0.5', port: 993, encryption: 'ssl' }],
  ])('reads %s', (text, value) => {
    expect(parseServerUrl(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['https://mail.contoso.local', 'validation.server.scheme'],
    ['mail.contoso.local', 'validation.server.scheme'],
    ['imaps://mail.contoso.local/INBOX', 'validation.server.path'],
    ['imaps://mail contoso.local', 'validation.server.spaces'],
    ['imaps://', 'validation.server.empty'],
    ['imaps://mail.contoso.local:0', 'validation.port.range'],
    ['imaps://mail.contoso.local:70000', 'validation.port.range'],
    ['imaps://-bad-.local', 'validation.server.hostName'],
    ['imaps://999.1.1.1', 'validation.server.ipv4'],
  ])('rejects %s with %s', (text, problem) => {
    expect(parseServerUrl(text)).toEqual({ ok: false, problem });
  });

  it('tells a pasted address from a bare host', () => {
    expect(looksLikeServerUrl('imaps://mail')).toBe(true);
    expect(looksLikeServerUrl('mail.contoso.local')).toBe(false);
  });
});
