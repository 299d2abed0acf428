import { afterEach, describe, expect, it } from 'vitest';
import { lookUpMailDomain } from '../../../src/core/detect/mail-domain-records';
import { startLocalDnsServer, type LocalDnsServer } from './local-dns-server';

describe("a domain's MX and autodiscover records, from a DNS server on loopback", () => {
  let dns: LocalDnsServer | undefined;
  afterEach(async () => {
    await dns?.close();
    dns = undefined;
  });

  it('reads the MX hosts and where autodiscover points, asking both questions', async () => {
    dns = await startLocalDnsServer({
      'contoso.com': { MX: [{ preference: 0, exchange: 'contoso-com.mail.protection.outlook.com' }] },
      'autodiscover.contoso.com': { CNAME: 'autodiscover.outlook.com' },
    });
    const records = await lookUpMailDomain('contoso.com', {
      dnsServers: [dns.address],
      signal: AbortSignal.timeout(5000),
    });
    expect(records).toEqual({
      mx: ['contoso-com.mail.protection.outlook.com'],
      autodiscover: ['autodiscover.outlook.com'],
    });
    expect(dns.questions.sort()).toEqual(['CNAME autodiscover.contoso.com', 'MX contoso.com']);
  });

  it('answers empty lists for a domain without those records', async () => {
    dns = await startLocalDnsServer({});
    const records = await lookUpMailDomain('fabrikam.local', {
      dnsServers: [dns.address],
      signal: AbortSignal.timeout(5000),
    });
    expect(records).toEqual({ mx: [], autodiscover: [] });
  });

  it('gives up when the deadline comes and no DNS server answered, with empty lists', async () => {
    dns = await startLocalDnsServer({}, { silent: true });
    const startedAt = Date.now();
    const records = await lookUpMailDomain('contoso.com', {
      dnsServers: [dns.address],
      signal: AbortSignal.timeout(300),
    });
    expect(records).toEqual({ mx: [], autodiscover: [] });
    // Cut off by the deadline: the resolver alone would try twice for 1.5 s and longer.
    expect(Date.now() - startedAt).toBeLessThan(2500);
    expect(dns.questions.length).toBeGreaterThan(0);
  });
});
