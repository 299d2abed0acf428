import { createPrivateKey } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withoutAccountSecret } from '../../../src/core/connection-test/secret-masking';
import { connectionSettingsSchema } from '../../../src/shared/account';
import type { ConnectionTestReport } from '../../../src/shared/connection-test';
import { literal } from '../../../src/shared/i18n/message';
import { createTestCertificates } from '../../support/certificates';

const root = mkdtempSync(path.join(os.tmpdir(), 'mc-secret-masking-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function certificateWithPkcs1Key() {
  const folder = path.join(root, 'certificates');
  mkdirSync(folder, { recursive: true });
  const certificates = createTestCertificates(folder);
  const key = createPrivateKey(readFileSync(certificates.selfSignedKeyFile, 'utf8'));
  const pkcs1 = key.export({ type: 'pkcs1', format: 'pem' }).toString();
  const pkcs8 = key.export({ type: 'pkcs8', format: 'pem' }).toString();
  return { pem: `${readFileSync(certificates.selfSignedCertFile, 'utf8')}${pkcs1}`, pkcs1, pkcs8 };
}

const settings = (clientCredential: 'secret' | 'certificate') =>
  connectionSettingsSchema.parse({
    method: 'imap-oauth',
    tenant: 'contoso.onmicrosoft.com',
    clientId: '8a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d',
    clientCredential,
    authorityHost: 'login.microsoftonline.com',
    server: 'outlook.office365.com',
    port: 993,
    encryption: 'tls',
    validateSsl: true,
    userName: 'invoices@contoso.com',
  });

/** A report whose texts quote `leaked`, as a library's error or an echoing server might. */
function reportQuoting(leaked: string): ConnectionTestReport {
  return {
    ok: false,
    stages: [{ name: 'token', status: 'failed', ms: 1, detail: literal(`request failed: ${leaked}`) }],
    transcript: [`S: * BAD ${leaked}`],
    durationMs: 1,
  };
}

const base64Lines = (pem: string) => pem.split('\n').filter((line) => line.length > 40 && !line.startsWith('-----'));

describe('the last check before a report is kept: no form of the app secret survives (issue 16)', () => {
  it('masks the PKCS#8 form MSAL signs with when the PEM held a PKCS#1 key', () => {
    const { pem, pkcs1, pkcs8 } = certificateWithPkcs1Key();
    const input = { settings: settings('certificate'), secret: pem };
    for (const leaked of [pkcs8.trim(), ...base64Lines(pkcs8), ...base64Lines(pkcs1)]) {
      const text = JSON.stringify(withoutAccountSecret(reportQuoting(leaked), input));
      expect(text).not.toContain(leaked);
    }
  });

  it('masks a client secret, as given and URL-encoded', () => {
    const secret = 'Qx8~mask/this+secret=canary';
    const input = { settings: settings('secret'), secret };
    for (const leaked of [secret, encodeURIComponent(secret)]) {
      expect(JSON.stringify(withoutAccountSecret(reportQuoting(leaked), input))).not.toContain(leaked);
    }
  });
});
