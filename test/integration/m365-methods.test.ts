import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccountsFile } from '../../src/core/accounts/accounts-file';
import { createCore, type Core, type CoreAdapters } from '../../src/core/create-core';
import type { AccountSettingsInput } from '../../src/shared/account';
import type { ConnectionTestReport } from '../../src/shared/connection-test';
import { createAesTestCipher } from '../support/aes-test-cipher';
import { english, reportText } from '../support/report-text';
import { M365, m365Settings, startM365Servers, type M365Servers } from '../support/m365-servers';

let servers: M365Servers;
const directories: string[] = [];

beforeAll(async () => {
  servers = await startM365Servers();
});
afterAll(async () => {
  await servers.stop();
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

function newCore(extra: Partial<CoreAdapters> = {}): Core & { directory: string } {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-m365-'));
  directories.push(directory);
  const core = createCore({
    storage: openAccountsFile(directory),
    machineCipher: createAesTestCipher(),
    application: 'Mailbox Connect test',
    ...extra,
  });
  return Object.assign(core, { directory });
}

async function saved(core: Core, settings: AccountSettingsInput, password: string): Promise<string> {
  const result = await core.accounts.save({ settings, password });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.account.id;
}

async function testSaved(core: Core, id: string): Promise<ConnectionTestReport> {
  const account = core.accounts.get(id);
  if (!account.ok) throw new Error('account missing');
  const result = await core.connectionTest.test({ accountId: id, settings: account.value });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const statuses = (report: ConnectionTestReport) =>
  Object.fromEntries(report.stages.map((stage) => [stage.name, stage.status]));

describe('the Microsoft 365 methods through createCore, against the local Entra ID, Dovecot and Graph', () => {
  it('IMAP with OAuth 2.0 and a client secret: saved, tested with the stored secret, token stage first', async () => {
    const core = newCore();
    const id = await saved(core, m365Settings(servers, 'imap-oauth', 'secret', 'IMAP OAuth secret'), M365.secret);
    const report = await testSaved(core, id);
    expect(report.error).toBeUndefined();
    expect(report.stages.map((stage) => stage.name)).toEqual([
      'token',
      'dns',
      'tcp',
      'tls',
      'greeting',
      'starttls',
      'auth',
      'mailbox',
      'logout',
    ]);
    expect(report.stages[0]).toMatchObject({ name: 'token', status: 'ok' });
    expect(report.token).toMatchObject({
      authority: `${servers.issuer.origin}/${M365.tenantId}`,
      tenant: M365.tenantId,
      clientId: M365.clientId,
      credential: 'secret',
      resource: 'https://localhost',
      claims: { audience: 'https://localhost', roles: ['IMAP.AccessAsApp'], appId: M365.clientId },
      warnings: [],
    });
    expect(report.mailbox?.inbox.messages).toBeGreaterThan(0);
    // Dovecot checked the token and let the mailbox in: the sign-in was XOAUTH2, not a password.
    expect(reportText(report).stages.find((stage) => stage.name === 'auth')?.detail).toBe(
      `signed in as ${M365.mailbox} with an access token (OAuth 2.0)`,
    );
    expect(core.accounts.get(id)).toMatchObject({ ok: true, value: { lastTest: { ok: true } } });
    // The accounts file holds the secret sealed only.
    expect(readFileSync(path.join(core.directory, 'accounts.json'), 'utf8')).not.toContain(M365.secret);
  });

  it('IMAP with OAuth 2.0 and a certificate: its public facts are shown, the PEM never', async () => {
    const core = newCore();
    const id = await saved(
      core,
      m365Settings(servers, 'imap-oauth', 'certificate', 'IMAP OAuth certificate'),
      servers.certificatePem,
    );
    const leaf = new X509Certificate(readFileSync(servers.certificateFile));
    const view = core.accounts.get(id);
    expect(view.ok && view.value.clientCertificate).toEqual({
      thumbprintSha1: leaf.fingerprint.replaceAll(':', ''),
      subject: leaf.subject.split('\n').join(', '),
      notAfter: new Date(leaf.validTo).toISOString(),
    });
    const keyLines = servers.privateKeyPem.split('\n').filter((line) => line && !line.startsWith('-----'));
    const shown = JSON.stringify(core.accounts.list());
    for (const line of keyLines) expect(shown).not.toContain(line);
    const file = readFileSync(path.join(core.directory, 'accounts.json'), 'utf8');
    for (const line of keyLines) expect(file).not.toContain(line);

    const report = await testSaved(core, id);
    expect(report.error).toBeUndefined();
    expect(report.token).toMatchObject({
      credential: 'certificate',
      thumbprintSha1: leaf.fingerprint.replaceAll(':', ''),
    });
    expect(statuses(report)).toMatchObject({ token: 'ok', auth: 'ok', mailbox: 'ok' });
    // The issuer got an assertion signed with the key, never the key.
    const posted = servers.issuer.requests.map((request) => request.body).join('\n');
    for (const line of keyLines) expect(posted).not.toContain(line);
  });

  it('Microsoft Graph with a client secret: token, then dns, tcp, tls, graph and mailbox against the scripted Graph', async () => {
    const core = newCore();
    const id = await saved(core, m365Settings(servers, 'graph', 'secret', 'Graph secret'), M365.secret);
    const before = servers.graph.requests.length;
    const report = await testSaved(core, id);
    expect(report.error).toBeUndefined();
    expect(statuses(report)).toEqual({ token: 'ok', dns: 'ok', tcp: 'ok', tls: 'ok', graph: 'ok', mailbox: 'ok' });
    expect(report.token?.claims?.roles).toEqual(['Mail.ReadWrite']);
    expect(report.mailbox?.processingFolders.map((folder) => folder.exists)).toEqual([true, true, true]);
    const requests = servers.graph.requests.slice(before);
    expect(requests[0]?.path).toMatch(
      new RegExp(`^/v1\\.0/users/${encodeURIComponent(M365.mailbox)}/mailFolders/inbox`),
    );
    expect(requests.every((request) => request.bearer)).toBe(true);
  });

  it('a refused token ends the test with its code and hint; IMAP and Graph are never contacted', async () => {
    const core = newCore();
    for (const method of ['imap-oauth', 'graph'] as const) {
      const settings = m365Settings(servers, method, 'secret', `Wrong secret ${method}`);
      const graphBefore = servers.graph.requests.length;
      const result = await core.connectionTest.test({ settings, password: 'Not~the.right_secret-at~all.123456789' });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      const report = reportText(result.value);
      expect(report.error?.code).toBe('OAUTH_SECRET_INVALID');
      expect(report.error?.hint).toMatch(/Certificates & secrets/);
      expect(report.stages[0]).toMatchObject({ name: 'token', status: 'failed' });
      for (const stage of report.stages.slice(1))
        expect(stage).toMatchObject({ status: 'skipped', detail: 'not started: Entra ID issued no access token' });
      expect(report.stages.length).toBe(method === 'graph' ? 6 : 9);
      expect(servers.graph.requests.length).toBe(graphBefore);
    }
  });

  it('refuses a secret the method cannot use at the password field, and saves nothing', async () => {
    const core = newCore();
    const cases: [AccountSettingsInput, string, RegExp][] = [
      [
        m365Settings(servers, 'imap-oauth', 'certificate', 'No key'),
        readFileSync(servers.certificateFile, 'utf8'),
        /no private key found/,
      ],
      [
        m365Settings(servers, 'graph', 'certificate', 'A PFX'),
        // A PFX's base64 as the secret's text: the sealed secret is PEM; a PFX is opened where its file is chosen.
        'MIIKcQIBAzCCCjcGCSqGSIb3DQEHAaCCCigEggok',
        /in PEM form \(no private key found\)/,
      ],
      [m365Settings(servers, 'graph', 'certificate', 'Too large'), 'x'.repeat(70_000), /larger than 64 KiB/],
      [m365Settings(servers, 'imap-oauth', 'secret', 'Two lines'), `${M365.secret}\nsecond`, /control characters/],
      [m365Settings(servers, 'imap-oauth', 'secret', 'Too long'), 'y'.repeat(5000), /longer than 4096/],
    ];
    for (const [settings, secret, expected] of cases) {
      const result = await core.accounts.save({ settings, password: secret });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('VALIDATION');
      expect(english(result.error.fieldErrors?.password ?? { text: '' })).toMatch(expected);
      expect(JSON.stringify(result.error)).not.toContain(secret.slice(0, 40));
      // A test with the same secret typed in is refused the same way, before anything is sent.
      const tested = await core.connectionTest.test({ settings, password: secret });
      expect(!tested.ok && english(tested.error.fieldErrors?.password ?? { text: '' })).toMatch(expected);
    }
    expect(core.accounts.list()).toEqual([]);
  });

  it('asks for the client secret or the certificate, not "the password", when the stored one no longer applies', async () => {
    const core = newCore();
    const settings = m365Settings(servers, 'graph', 'certificate', 'Rebound');
    const id = await saved(core, settings, servers.certificatePem);
    const changed = { ...settings, tenant: M365.tenantDomain };
    const result = await core.connectionTest.test({ accountId: id, settings: changed });
    expect(!result.ok && english(result.error.fieldErrors?.password ?? { text: '' })).toMatch(
      /^Choose the certificate file again: the method, tenant/,
    );
    const none = await core.connectionTest.test({ settings: m365Settings(servers, 'imap-oauth', 'secret', 'x') });
    expect(!none.ok && english(none.error.fieldErrors?.password ?? { text: '' })).toBe('Enter the client secret.');
  });

  it('Test all tests each account by its method; a wrong secret fails at the token stage', async () => {
    const core = newCore();
    await saved(core, m365Settings(servers, 'imap-oauth', 'secret', 'All IMAP OAuth'), M365.secret);
    await saved(core, m365Settings(servers, 'imap-oauth', 'certificate', 'All IMAP cert'), servers.certificatePem);
    await saved(core, m365Settings(servers, 'graph', 'secret', 'All Graph'), M365.secret);
    await saved(core, m365Settings(servers, 'graph', 'secret', 'All Graph wrong'), 'Wrong~secret.value_123456789');
    const result = await core.testAll.run(undefined, 2);
    if (!result.ok) throw new Error('Test all failed');
    const byName = Object.fromEntries(result.value.outcomes.map((outcome) => [outcome.name, outcome]));
    for (const name of ['All IMAP OAuth', 'All IMAP cert', 'All Graph']) {
      expect(byName[name]?.report?.ok, name).toBe(true);
      expect(byName[name]?.report?.stages[0], name).toMatchObject({ name: 'token', status: 'ok' });
    }
    expect(byName['All Graph wrong']?.report?.error?.code).toBe('OAUTH_SECRET_INVALID');
    expect(JSON.stringify(result.value)).not.toContain(M365.secret);
  });

  it('export with a passphrase carries the sealed secret; the import tests; an edited registration is refused', async () => {
    const source = newCore();
    await saved(source, m365Settings(servers, 'graph', 'certificate', 'Moved Graph'), servers.certificatePem);
    await saved(source, m365Settings(servers, 'imap-oauth', 'secret', 'Moved IMAP'), M365.secret);
    const passphrase = 'a long enough passphrase';
    const exported = { value: await source.transfer.exportText(undefined, passphrase) };
    expect(exported.value.passwords).toBe(2);
    expect(exported.value.text).not.toContain(M365.secret);
    for (const line of servers.privateKeyPem.split('\n').filter((text) => text && !text.startsWith('-----')))
      expect(exported.value.text).not.toContain(line);

    const target = newCore();
    const imported = await target.transfer.apply({ text: exported.value.text, passphrase, existing: 'replace' });
    expect(imported).toMatchObject({ ok: true, value: { added: 2, passwordsStored: 2 } });
    const moved = target.accounts.list();
    expect(moved.find((account) => account.connectionName === 'Moved Graph')?.clientCertificate?.thumbprintSha1).toBe(
      new X509Certificate(readFileSync(servers.certificateFile)).fingerprint.replaceAll(':', ''),
    );
    for (const account of moved) expect((await testSaved(target, account.id)).ok, account.connectionName).toBe(true);

    // Another tenant written into the file: the sealed secret was bound to the old registration.
    const edited = exported.value.text.replace(`"tenant": "${M365.tenantId}"`, `"tenant": "${M365.tenantDomain}"`);
    expect(edited).not.toBe(exported.value.text);
    const refused = await newCore().transfer.apply({ text: edited, passphrase, existing: 'replace' });
    // The file's MAC covers every setting: the whole file is refused, nothing is stored.
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_FILE', message: { key: 'import.altered' } } });
  });
});

describe('the secret guard in createCore (canary)', () => {
  /** A report that quotes what it must not: a library or server stand-in that echoes the credential. */
  function leaky(secretForms: string[]) {
    return async (): Promise<ConnectionTestReport> => ({
      ok: false,
      error: {
        code: 'UNKNOWN',
        message: { text: `echo ${secretForms.join(' | ')}` },
        hint: { text: secretForms[0] ?? '' },
      },
      stages: [{ name: 'auth', status: 'failed', ms: 1, detail: { text: secretForms.join('\n') } }],
      transcript: secretForms.map((form) => `S: * BAD ${form}`),
      durationMs: 1,
    });
  }

  it('masks the client secret and its encodings in every report a use case returns or records', async () => {
    const forms = [M365.secret, encodeURIComponent(M365.secret), Buffer.from(M365.secret).toString('base64')];
    const core = newCore({ runGraphTest: leaky(forms) });
    const id = await saved(core, m365Settings(servers, 'graph', 'secret', 'Canary secret'), M365.secret);
    const report = await testSaved(core, id);
    // The stand-in really ran after a real token: its report is what came back.
    expect(report.stages.map((stage) => stage.name)).toEqual(['token', 'auth']);
    const all = await core.testAll.run([id]);
    const everything = [JSON.stringify(report), JSON.stringify(all), JSON.stringify(core.connectionTest.lastTested())];
    for (const form of forms) for (const text of everything) expect(text).not.toContain(form);
  });

  it('masks every form of the private key: the PEM, its lines, the key without line breaks, its PKCS#8 form', async () => {
    const { createPrivateKey } = await import('node:crypto');
    const key = servers.privateKeyPem.trim();
    const lines = key.split('\n').filter((line) => !line.startsWith('-----'));
    const pkcs8 = createPrivateKey(key).export({ type: 'pkcs8', format: 'pem' }).toString().trim();
    const forms = [servers.certificatePem, key, ...lines, lines.join(''), pkcs8, ...pkcs8.split('\n').slice(1, -1)];
    const core = newCore({ runConnectionTest: leaky(forms) });
    const id = await saved(
      core,
      m365Settings(servers, 'imap-oauth', 'certificate', 'Canary key'),
      servers.certificatePem,
    );
    const report = await testSaved(core, id);
    expect(report.stages.map((stage) => stage.name)).toEqual(['token', 'auth']);
    const text = JSON.stringify(report);
    for (const form of forms) expect(text).not.toContain(form);
    expect(text).toContain('••••••');
  });
});
