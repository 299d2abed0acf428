import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { TEST_USERS } from '../support/dovecot';
import { cliInProcess } from '../support/cli-in-process';

const dovecot = inject('dovecot');
const user = TEST_USERS.empty;

/** `mailbox-connect test` against Dovecot's self-signed listener (Exchange's default certificate). */
function testSelfSigned(extra: string[]) {
  return cliInProcess(
    [
      'test',
      '--server',
      dovecot.selfSignedHost,
      '--port',
      String(dovecot.imapsPort),
      '--encryption',
      'ssl',
      '--user',
      user.user,
      '--password-env',
      'MC_PASSWORD',
      ...extra,
    ],
    { MC_PASSWORD: user.password },
  );
}

describe('the CLI words certificate trust', () => {
  const fingerprint = new X509Certificate(readFileSync(dovecot.certificates.selfSignedCertFile, 'utf8')).fingerprint256;

  it('after a pinned success it says "trusted by fingerprint", not the chain error', async () => {
    const result = await testSelfSigned(['--pin-sha256', fingerprint]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^TLS: TLSv1\.[23], \S+, certificate trusted by fingerprint$/m);
    expect(result.stdout).not.toContain('not trusted');
    expect(result.stdout).not.toContain('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(result.stdout).toMatch(/^OK in \d+ ms$/m);
  });

  it('without the pin it says why in words, with the code in parentheses', async () => {
    const result = await testSelfSigned([]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/certificate not trusted: self-signed \(DEPTH_ZERO_SELF_SIGNED_CERT\)$/m);
  });

  it('--json carries how the test trusted it', async () => {
    const result = await testSelfSigned(['--pin-sha256', fingerprint, '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, tls: { authorized: false, trustedBy: 'fingerprint' } });
  });
});
