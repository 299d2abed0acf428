import { describe, expect, it } from 'vitest';
import { domainOfAddress, needsDnsLookup, recognizeMicrosoft365 } from '../../../src/core/detect/microsoft-365';
import { detectedSettingsOf } from '../../../src/shared/detection';
import { MICROSOFT_CLOUDS } from '../../../src/shared/microsoft-clouds';
import { english } from '../../support/report-text';

const noRecords = { mx: [], autodiscover: [] };

describe('"this looks like Microsoft 365"', () => {
  it('recognises a tenant’s initial domain in the address, in each cloud', () => {
    expect(
      recognizeMicrosoft365({ server: 'mail.contoso.local', emailAddress: 'invoices@Contoso.onmicrosoft.com' }),
    ).toMatchObject({ cloud: 'global', signals: [{ kind: 'tenantDomain', value: 'contoso.onmicrosoft.com' }] });
    expect(recognizeMicrosoft365({ server: '', emailAddress: 'ap@contoso.onmicrosoft.us' })?.cloud).toBe(
      'usGovernment',
    );
    expect(recognizeMicrosoft365({ server: '', emailAddress: 'ap@contoso.partner.onmschina.cn' })?.cloud).toBe('china');
  });

  it('recognises Exchange Online’s and Graph’s own hosts, of each cloud, whatever their case', () => {
    for (const [cloud, hosts] of Object.entries(MICROSOFT_CLOUDS)) {
      for (const host of [hosts.imapHost, hosts.graphHost.toUpperCase(), `${hosts.imapHost}.`]) {
        const found = recognizeMicrosoft365({ server: host });
        expect(found, host).toMatchObject({ cloud, signals: [{ kind: 'serviceHost' }] });
      }
    }
  });

  it('is not fooled by look-alike names, and says nothing for an on-premises server', () => {
    expect(recognizeMicrosoft365({ server: 'mail.contoso.local', emailAddress: 'ap@contoso.com' })).toBeUndefined();
    expect(recognizeMicrosoft365({ server: 'outlook.office365.com.evil.example' })).toBeUndefined();
    expect(recognizeMicrosoft365({ server: 'x', emailAddress: 'ap@evil-onmicrosoft.com' })).toBeUndefined();
    expect(
      recognizeMicrosoft365({
        server: 'x',
        emailAddress: 'ap@contoso.com',
        records: { mx: ['mail.protection.outlook.com.evil.example'], autodiscover: ['autodiscover.outlook.com.evil'] },
      }),
    ).toBeUndefined();
    expect(recognizeMicrosoft365({ server: 'x', emailAddress: 'ap@contoso.com', records: noRecords })).toBeUndefined();
  });

  it('recognises a custom domain by its MX host and its autodiscover alias', () => {
    const found = recognizeMicrosoft365({
      server: 'mail.contoso.com',
      emailAddress: 'invoices@contoso.com',
      records: {
        mx: ['backup-mx.contoso.com', 'Contoso-com.mail.protection.outlook.com.'],
        autodiscover: ['autodiscover.outlook.com'],
      },
    });
    expect(found?.signals).toEqual([
      { kind: 'mx', value: 'contoso-com.mail.protection.outlook.com' },
      { kind: 'autodiscover', value: 'autodiscover.outlook.com' },
    ]);
    expect(
      recognizeMicrosoft365({
        server: 'x',
        emailAddress: 'ap@agency.gov',
        records: { mx: ['agency-gov.mail.protection.office365.us'], autodiscover: [] },
      })?.cloud,
    ).toBe('usGovernment');
  });

  it('lets the server’s own cloud decide when the signals disagree', () => {
    const found = recognizeMicrosoft365({
      server: 'outlook.office365.us',
      emailAddress: 'ap@contoso.onmicrosoft.com',
    });
    expect(found?.cloud).toBe('usGovernment');
  });

  it('offers IMAP with OAuth 2.0 and Graph with the cloud’s hosts, which “Use” takes into the form', () => {
    const china = recognizeMicrosoft365({ server: 'partner.outlook.cn' });
    expect(china?.offers.map(detectedSettingsOf)).toEqual([
      {
        method: 'imap-oauth',
        server: 'partner.outlook.cn',
        port: 993,
        encryption: 'tls',
        authorityHost: 'login.chinacloudapi.cn',
      },
      {
        method: 'graph',
        server: 'microsoftgraph.chinacloudapi.cn',
        port: 443,
        encryption: 'tls',
        authorityHost: 'login.chinacloudapi.cn',
      },
    ]);
    expect(english(china?.offers[0]?.reason)).toMatch(/IMAP with OAuth 2\.0: partner\.outlook\.cn, port 993, TLS/);
    expect(english(china?.offers[1]?.reason)).toMatch(/Mail\.Read or Mail\.ReadWrite/);
  });

  it('asks DNS only about domains whose name does not already tell', () => {
    expect(domainOfAddress('Invoices@Contoso.COM')).toBe('contoso.com');
    expect(domainOfAddress('not an address')).toBeUndefined();
    expect(domainOfAddress('@contoso.com')).toBeUndefined();
    expect(needsDnsLookup('contoso.com')).toBe(true);
    expect(needsDnsLookup('contoso.onmicrosoft.com')).toBe(false);
  });
});
