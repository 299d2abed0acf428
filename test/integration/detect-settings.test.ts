import { afterEach, describe, expect, inject, it } from 'vitest';
import { detectSettings } from '../../src/core/detect/detect-settings';
import { startFakeImapServer, type FakeImapServer } from '../support/fake-imap-server';
import { freePort } from '../support/free-port';
import { english } from '../support/report-text';

const dovecot = inject('dovecot');
const ports = { implicitTls: dovecot.imapsPort, plain: dovecot.imapPort };
const byOption = (report: Awaited<ReturnType<typeof detectSettings>>) =>
  Object.fromEntries(report.probes.map((probe) => [probe.option, probe]));

describe('detect settings (CAPABILITY only, the most secure option first)', () => {
  let fake: FakeImapServer | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('proposes TLS on the implicit-TLS port when it answers, without trying anything less secure', async () => {
    const report = await detectSettings({ server: 'localhost', ports, timeoutMs: 10_000 });
    expect(report.probes.map((probe) => probe.option)).toEqual(['ssl']);
    expect(byOption(report).ssl).toMatchObject({ ok: true, tls: { authorized: true } });
    expect(byOption(report).ssl?.authMechanisms).toContain('PLAIN');
    expect(report.proposal).toMatchObject({ encryption: 'tls', port: dovecot.imapsPort });
    expect(english(report.proposal?.reason)).toMatch(/TLS from the first byte works \(TLSv1\.[23]\)/);
    expect(report.offline).toBe(false);
  });

  it('falls back to STARTTLS where the implicit-TLS port is closed', async () => {
    const report = await detectSettings({ server: dovecot.loginDisabledHost, ports, timeoutMs: 10_000 });
    const probes = byOption(report);
    expect(probes.ssl).toMatchObject({ ok: false, error: { code: 'CONNECTION_REFUSED' } });
    expect(probes.starttls).toMatchObject({ ok: true, starttlsOffered: true, tls: { authorized: true } });
    // STARTTLS works: the plain probe could not change the proposal and is not made.
    expect(probes.none).toBeUndefined();
    expect(report.proposal).toMatchObject({ encryption: 'starttls', port: dovecot.imapPort });
  });

  it('notes a self-signed certificate in the proposal', async () => {
    const report = await detectSettings({ server: dovecot.selfSignedHost, ports, timeoutMs: 10_000 });
    expect(byOption(report).ssl).toMatchObject({ ok: true, tls: { authorized: false } });
    expect(english(report.proposal?.certificateNote)).toMatch(/trust it by its fingerprint/);
  });

  it('never logs in: a server without STARTTLS sees only LOGOUT, and plain is proposed with its warning', async () => {
    fake = await startFakeImapServer();
    const report = await detectSettings({
      server: '127.0.0.1',
      ports: { implicitTls: await freePort(), plain: fake.port },
      timeoutMs: 5000,
    });
    expect(byOption(report).starttls).toMatchObject({ ok: false, error: { code: 'STARTTLS_UNAVAILABLE' } });
    expect(report.proposal).toMatchObject({ encryption: 'none' });
    expect(english(report.proposal?.reason)).toMatch(/clear text/);
    expect(fake.received.map((command) => command.name)).not.toContain('LOGIN');
    expect(fake.received.map((command) => command.name)).not.toContain('AUTHENTICATE');
  });

  it('takes about as long as its slowest probe, bounded by the timeout', async () => {
    fake = await startFakeImapServer({ greeting: null });
    const report = await detectSettings({
      server: '127.0.0.1',
      ports: { implicitTls: fake.port, plain: fake.port },
      timeoutMs: 1500,
    });
    expect(report.probes.every((probe) => !probe.ok && probe.error?.code === 'CONNECTION_TIMEOUT')).toBe(true);
    expect(report.proposal).toBeUndefined();
    expect(report.durationMs).toBeLessThan(1500 + 1000);
  });
});
