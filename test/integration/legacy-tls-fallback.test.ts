import tls from 'node:tls';
import { describe, expect, inject, it } from 'vitest';
import { runConnectionTestInEnglish as runConnectionTest } from '../support/report-text';
import { legacyTlsSupport, type SecureContextFactory } from '../../src/core/connection-test/tls-trust';
import { TEST_USERS } from '../support/dovecot';

const dovecot = inject('dovecot');

/**
 * Plays Electron's BoringSSL: it refuses OpenSSL's `@SECLEVEL` cipher syntax (and, with
 * `refuseOldVersions`, TLS 1.0/1.1), and builds every other context with Node's own TLS.
 * Counts the legacy attempts, so the test sees that the outcome is remembered.
 */
function boringSslLike(refuseOldVersions: boolean): { factory: SecureContextFactory; legacyAttempts: () => number } {
  let legacyAttempts = 0;
  const factory: SecureContextFactory = (options) => {
    const old = options.minVersion === 'TLSv1' || options.minVersion === 'TLSv1.1';
    if (old) legacyAttempts += 1;
    if (options.ciphers?.includes('@SECLEVEL'))
      throw Object.assign(new Error('Failed to set ciphers: No cipher match'), { code: 'ERR_SSL_NO_CIPHER_MATCH' });
    if (old && refuseOldVersions)
      throw Object.assign(new Error('Unsupported protocol version'), { code: 'ERR_TLS_INVALID_PROTOCOL_VERSION' });
    return tls.createSecureContext(options);
  };
  return { factory, legacyAttempts: () => legacyAttempts };
}

function sslTest(createSecureContext?: SecureContextFactory) {
  return runConnectionTest({
    settings: { server: 'localhost', port: dovecot.imapsPort, encryption: 'ssl', validateSsl: true },
    userName: TEST_USERS.empty.user,
    password: TEST_USERS.empty.password,
    timeoutMs: 15_000,
    ...(createSecureContext ? { createSecureContext } : {}),
  });
}

const tlsDetail = (report: Awaited<ReturnType<typeof sslTest>>) =>
  report.stages.find((stage) => stage.name === 'tls')?.detail ?? '';

describe('SSL (legacy TLS) in a runtime that refuses legacy options', () => {
  it("Node's own OpenSSL takes the legacy options: SSL works and the tls stage has no note", async () => {
    expect(legacyTlsSupport()).toBe('full');
    const report = await sslTest();
    expect(report.ok).toBe(true);
    expect(tlsDetail(report)).not.toMatch(/runtime/);
  });

  it('without @SECLEVEL, SSL keeps TLS 1.0/1.1 with default ciphers, says so, and still signs in', async () => {
    const runtime = boringSslLike(false);
    const report = await sslTest(runtime.factory);
    expect(report.error).toBeUndefined();
    expect(report.ok).toBe(true);
    expect(report.stages.find((stage) => stage.name === 'tls')?.status).toBe('ok');
    expect(tlsDetail(report)).toContain('legacy TLS ciphers not available in this runtime');
    expect(legacyTlsSupport(runtime.factory)).toBe('defaultCiphers');
  });

  it('without TLS 1.0/1.1 at all, SSL falls back to the default context, says so, and still signs in', async () => {
    const runtime = boringSslLike(true);
    const first = await sslTest(runtime.factory);
    expect(first.error).toBeUndefined();
    expect(first.ok).toBe(true);
    expect(first.tls?.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(tlsDetail(first)).toContain('legacy TLS 1.0/1.1 not available in this runtime');
    const attemptsAfterFirst = runtime.legacyAttempts();
    // Remembered: a second test asks the runtime nothing again.
    const second = await sslTest(runtime.factory);
    expect(second.ok).toBe(true);
    expect(tlsDetail(second)).toContain('legacy TLS 1.0/1.1 not available in this runtime');
    expect(runtime.legacyAttempts()).toBe(attemptsAfterFirst);
  });
});
