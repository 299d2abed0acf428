import { afterEach, describe, expect, inject, it } from 'vitest';
import { detectSettings } from '../../src/core/detect/detect-settings';
import { startLocalDnsServer, type LocalDnsServer } from '../core/detect/local-dns-server';
import { cliInProcess } from '../support/cli-in-process';
import { createTestServices } from '../support/test-services';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dovecot = inject('dovecot');
const ports = { implicitTls: dovecot.imapsPort, plain: dovecot.imapPort };
const CONTOSO = {
  'contoso.com': { MX: [{ preference: 0, exchange: 'contoso-com.mail.protection.outlook.com' }] },
  'autodiscover.contoso.com': { CNAME: 'autodiscover.outlook.com' },
};

describe('detect recognises Microsoft 365 (real probes, DNS on loopback)', () => {
  let dns: LocalDnsServer | undefined;
  afterEach(async () => {
    await dns?.close();
    dns = undefined;
  });

  it('the window’s request brings the form’s address to detect, through the IPC handler', async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-detect-m365-'));
    try {
      const { handlers } = createTestServices(directory, ports);
      const reply = await handlers.detectSettings({
        server: 'localhost',
        emailAddress: ' invoices@contoso.onmicrosoft.com ',
      });
      expect(reply.ok && reply.value.microsoft365?.signals).toEqual([
        { kind: 'tenantDomain', value: 'contoso.onmicrosoft.com' },
      ]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('offers the app-only methods for an onmicrosoft.com address and keeps the server’s proposal (hybrid)', async () => {
    const report = await detectSettings({
      server: 'localhost',
      ports,
      emailAddress: 'invoices@contoso.onmicrosoft.com',
      timeoutMs: 10_000,
    });
    expect(report.proposal).toMatchObject({ encryption: 'tls', port: dovecot.imapsPort });
    expect(report.microsoft365).toMatchObject({
      cloud: 'global',
      signals: [{ kind: 'tenantDomain', value: 'contoso.onmicrosoft.com' }],
      offers: [
        {
          method: 'imap-oauth',
          server: 'outlook.office365.com',
          port: 993,
          authorityHost: 'login.microsoftonline.com',
        },
        { method: 'graph', server: 'graph.microsoft.com', port: 443, authorityHost: 'login.microsoftonline.com' },
      ],
    });
  });

  it('recognises a custom domain by its MX and autodiscover records, asked of the given DNS server', async () => {
    dns = await startLocalDnsServer(CONTOSO);
    const report = await detectSettings({
      server: 'localhost',
      ports,
      emailAddress: 'invoices@contoso.com',
      dnsServers: [dns.address],
      timeoutMs: 10_000,
    });
    expect(report.microsoft365?.signals).toEqual([
      { kind: 'mx', value: 'contoso-com.mail.protection.outlook.com' },
      { kind: 'autodiscover', value: 'autodiscover.outlook.com' },
    ]);
    expect(dns.questions.sort()).toEqual(['CNAME autodiscover.contoso.com', 'MX contoso.com']);
  });

  it('says nothing of Microsoft 365 for an on-premises domain, and asks DNS nothing without an address', async () => {
    dns = await startLocalDnsServer({ 'fabrikam.com': { MX: [{ preference: 10, exchange: 'mail.fabrikam.com' }] } });
    const onPremises = await detectSettings({
      server: 'localhost',
      ports,
      emailAddress: 'invoices@fabrikam.com',
      dnsServers: [dns.address],
      timeoutMs: 10_000,
    });
    expect(onPremises.microsoft365).toBeUndefined();
    expect(onPremises.proposal).toMatchObject({ encryption: 'tls' });
    const questionsBefore = dns.questions.length;
    const withoutAddress = await detectSettings({ server: 'localhost', ports, dnsServers: [dns.address] });
    expect(withoutAddress.microsoft365).toBeUndefined();
    expect(dns.questions).toHaveLength(questionsBefore);
  });

  it('does not wait past its deadline for a DNS server that never answers', async () => {
    dns = await startLocalDnsServer(CONTOSO, { silent: true });
    const report = await detectSettings({
      server: 'localhost',
      ports,
      emailAddress: 'invoices@contoso.com',
      dnsServers: [dns.address],
      timeoutMs: 1000,
    });
    expect(report.proposal).toMatchObject({ encryption: 'tls' });
    expect(report.microsoft365).toBeUndefined();
    expect(report.durationMs).toBeLessThan(1000 + 1000);
  });

  it('CLI: detect --email --dns-server prints the Microsoft 365 methods with the cloud’s hosts, as text and JSON', async () => {
    dns = await startLocalDnsServer(CONTOSO);
    const common = [
      'detect',
      '--server',
      'localhost',
      '--ssl-port',
      String(dovecot.imapsPort),
      '--plain-port',
      String(dovecot.imapPort),
      '--email',
      'invoices@contoso.com',
      '--dns-server',
      dns.address,
    ];
    const text = await cliInProcess(common);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Proposed: --encryption tls --port \d+/m);
    expect(text.stdout).toContain('This looks like Microsoft 365 (global cloud).');
    expect(text.stdout).toContain('Mail for the domain is delivered to contoso-com.mail.protection.outlook.com');
    expect(text.stdout).toContain('Exchange Online has switched off password sign-in over IMAP');
    expect(text.stdout).toContain(
      'Proposed: --method imap-oauth --server outlook.office365.com --port 993 --encryption tls --authority-host login.microsoftonline.com',
    );
    expect(text.stdout).toContain('Proposed: --method graph --server graph.microsoft.com --port 443');

    const json = await cliInProcess([...common, '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(report.microsoft365).toEqual({
      cloud: 'global',
      signals: [
        {
          kind: 'mx',
          value: 'contoso-com.mail.protection.outlook.com',
          text: 'Mail for the domain is delivered to contoso-com.mail.protection.outlook.com (MX record).',
        },
        {
          kind: 'autodiscover',
          value: 'autodiscover.outlook.com',
          text: 'The domain’s autodiscover points to autodiscover.outlook.com.',
        },
      ],
      offers: [
        expect.objectContaining({ method: 'imap-oauth', reason: expect.stringMatching(/IMAP\.AccessAsApp/) }),
        expect.objectContaining({ method: 'graph', reason: expect.stringMatching(/Mail\.ReadWrite/) }),
      ],
    });
  });

  it('CLI: a bad --email or --dns-server is a usage error naming the option', async () => {
    const email = await cliInProcess(['detect', '--server', 'localhost', '--email', 'invoices']);
    expect(email.code).toBe(2);
    expect(email.stderr).toMatch(/^--email: /);
    const server = await cliInProcess(['detect', '--server', 'localhost', '--dns-server', 'dns.contoso.com']);
    expect(server.code).toBe(2);
    expect(server.stderr).toMatch(/^--dns-server: "dns\.contoso\.com" is not an IP address/);
  });
});
