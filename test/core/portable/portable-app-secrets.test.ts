import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountsFilePath } from '../../../src/core/accounts/accounts-file';
import { createTestCertificates } from '../../support/certificates';
import { ChromiumMachine } from '../../support/chromium-machine';
import { CHEAP_SCRYPT, startPortableRun } from '../../support/portable-run';
import { english } from '../../support/report-text';

const PASSPHRASE = 'correct horse battery staple';
const CLIENT_SECRET = 'Qx8~portable.client-secret_canary-7d1f';

function appSettings(connectionName: string, clientCredential: 'secret' | 'certificate') {
  return {
    method: 'imap-oauth' as const,
    tenant: 'contoso.onmicrosoft.com',
    clientId: '8a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d',
    clientCredential,
    authorityHost: 'login.microsoftonline.com',
    server: 'outlook.office365.com',
    port: 993,
    encryption: 'tls' as const,
    validateSsl: true,
    connectionName,
    emailAddress: 'invoices@contoso.com',
    userName: 'invoices@contoso.com',
  };
}

describe('Microsoft 365 app secrets on a portable stick (issue 16)', () => {
  let root: string;
  let data: string;
  let certificatePem: string;
  let privateKeyPem: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'mc-portable-app-'));
    data = path.join(root, 'stick', 'data');
    mkdirSync(data, { recursive: true });
    const folder = path.join(root, 'certificates');
    mkdirSync(folder);
    const certificates = createTestCertificates(folder);
    privateKeyPem = readFileSync(certificates.selfSignedKeyFile, 'utf8');
    certificatePem = `${readFileSync(certificates.selfSignedCertFile, 'utf8')}${privateKeyPem}`;
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const start = (machine: ChromiumMachine, profile: string) =>
    startPortableRun(data, profile, machine.start(profile), { cost: CHEAP_SCRYPT });

  it('are sealed with the passphrase, like passwords: locked on another computer until it is entered', async () => {
    const office = await start(new ChromiumMachine('office'), path.join(root, 'office'));
    expect(await office.portable.setPassphrase(PASSPHRASE, false)).toMatchObject({ ok: true });
    const ids: string[] = [];
    for (const [name, credential, secret] of [
      ['Invoices (secret)', 'secret', CLIENT_SECRET],
      ['Invoices (certificate)', 'certificate', certificatePem],
    ] as const) {
      const saved = await office.accounts.save({ settings: appSettings(name, credential), password: secret });
      if (!saved.ok) throw new Error(english(saved.error.message));
      expect(saved.value.account.hasPassword).toBe(true);
      ids.push(saved.value.account.id);
    }
    const onStick = readFileSync(accountsFilePath(data), 'utf8');
    expect(onStick).not.toContain(CLIENT_SECRET);
    for (const line of privateKeyPem.split('\n').filter((text) => text.length > 20))
      expect(onStick).not.toContain(line);

    const elsewhere = await start(new ChromiumMachine('customer'), path.join(root, 'customer'));
    const [secretAccount, certificateAccount] = ids.map((id) => {
      const account = elsewhere.accounts.get(id);
      if (!account.ok) throw new Error('account gone');
      return account.value;
    });
    if (!secretAccount || !certificateAccount) throw new Error('accounts gone');
    await expect(elsewhere.accounts.passwordFor(secretAccount.id, secretAccount)).resolves.toEqual({
      ok: false,
      reason: 'locked',
    });
    expect(await elsewhere.portable.unlock(PASSPHRASE, false)).toMatchObject({ ok: true });
    await expect(elsewhere.accounts.passwordFor(secretAccount.id, secretAccount)).resolves.toEqual({
      ok: true,
      password: CLIENT_SECRET,
    });
    await expect(elsewhere.accounts.passwordFor(certificateAccount.id, certificateAccount)).resolves.toEqual({
      ok: true,
      password: certificatePem,
    });
  });
});
