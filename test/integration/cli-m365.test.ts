import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli-in-process';
import { createPfxFiles, PFX_PASSWORD, type PfxFiles } from '../support/pfx-files';
import { runCli, type CliResult } from '../support/run-cli';
import { startTokenIssuer, type TokenIssuer } from '../support/token-issuer';
import { M365, startM365Servers, type M365Servers } from '../support/m365-servers';

let servers: M365Servers;
let directory: string;
let caFile: string;
let certFile: string;
let pfx: PfxFiles;
const WRONG_PFX_PASSWORD = 'Wrong-Passwort-0815';
const runs: CliResult[] = [];

beforeAll(async () => {
  servers = await startM365Servers();
  directory = mkdtempSync(path.join(os.tmpdir(), 'mc-cli-m365-'));
  caFile = path.join(directory, 'ca.pem');
  certFile = path.join(directory, 'app.pem');
  writeFileSync(caFile, servers.caPem);
  writeFileSync(certFile, servers.certificatePem);
  // openssl takes the key from the -in file when no -inkey is given: the app's PEM as the admin has it.
  pfx = createPfxFiles(directory, certFile, certFile);
});
afterAll(async () => {
  await servers.stop();
  rmSync(directory, { recursive: true, force: true });
});

/** `test --method …` against the local servers; every run is kept for the canary check at the end. */
async function cli(method: 'imap-oauth' | 'graph', extra: string[], env: Record<string, string> = {}) {
  const server =
    method === 'graph'
      ? ['--server', '127.0.0.1', '--port', String(servers.graph.port)]
      : ['--server', 'localhost', '--port', String(servers.dovecot.imapsPort)];
  const result = await cliInProcess(
    [
      'test',
      '--method',
      method,
      '--tenant',
      M365.tenantId,
      '--client-id',
      M365.clientId,
      '--mailbox',
      M365.mailbox,
      '--authority-host',
      servers.issuer.host,
      '--ca-file',
      caFile,
      ...server,
      ...extra,
    ],
    env,
  );
  runs.push(result);
  return result;
}

describe('mailbox-connect test --method imap-oauth|graph against the local Entra ID, Dovecot and Graph', () => {
  it('IMAP with OAuth 2.0 and a client secret from the environment: exit 0, the token stage first, its findings printed', async () => {
    const result = await cli('imap-oauth', ['--client-secret-env', 'MC_SECRET'], { MC_SECRET: M365.secret });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(
      new RegExp(
        `^✔ token .* token from ${servers.issuer.origin.replaceAll('.', '\\.')}/${M365.tenantId} for https://localhost`,
      ),
    );
    expect(lines.slice(1, 9).map((line) => line.split(/\s+/)[1])).toEqual([
      'dns',
      'tcp',
      'tls',
      'greeting',
      'starttls',
      'auth',
      'mailbox',
      'logout',
    ]);
    expect(result.stdout).toContain(
      `Token: ${servers.issuer.origin}/${M365.tenantId}, tenant ${M365.tenantId}, app ${M365.clientId}, client secret, for https://localhost`,
    );
    expect(result.stdout).toMatch(
      new RegExp(
        `Token claims: audience https://localhost; roles IMAP\\.AccessAsApp; tenant ${M365.tenantId}; app ${M365.clientId}; expires \\d{4}-`,
      ),
    );
    expect(result.stdout).toMatch(/\nOK in \d+ ms\n$/);
  });

  it('the built CLI (out/main/cli.js, as npx runs it) tests IMAP with OAuth 2.0 the same way', async () => {
    const result = await runCli(
      [
        'test',
        '--method',
        'imap-oauth',
        '--tenant',
        M365.tenantDomain,
        '--client-id',
        M365.clientId,
        '--client-secret-env',
        'MC_SECRET',
        '--mailbox',
        M365.mailbox,
        '--authority-host',
        servers.issuer.host,
        '--server',
        'localhost',
        '--port',
        String(servers.dovecot.imapsPort),
        '--ca-file',
        caFile,
        '--json',
      ],
      { MC_SECRET: M365.secret },
    );
    runs.push(result);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.token).toMatchObject({ tenant: M365.tenantDomain, claims: { tenantId: M365.tenantId } });
    expect(report.stages.find((stage: { name: string }) => stage.name === 'auth')?.detail).toBe(
      `signed in as ${M365.mailbox} with an access token (OAuth 2.0)`,
    );
  });

  it('IMAP with OAuth 2.0 and a certificate file: the thumbprint is shown, the key never', async () => {
    const result = await cli('imap-oauth', ['--client-cert', certFile]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/, certificate \(SHA-1 thumbprint [0-9A-F]{40}\), for https:\/\/localhost/);
  });

  it('a PFX file with its password from the environment signs in as the PEM does; without a password when it has none', async () => {
    const thumbprint = /, certificate \(SHA-1 thumbprint [0-9A-F]{40}\), for https:\/\/localhost/;
    const locked = await cli('imap-oauth', ['--client-cert', pfx.aes, '--client-cert-password-env', 'MC_PFX'], {
      MC_PFX: PFX_PASSWORD,
    });
    expect(locked.code, locked.stderr).toBe(0);
    expect(locked.stdout).toMatch(thumbprint);
    const open = await cli('graph', ['--client-cert', pfx.withoutPassword, '--json']);
    expect(open.code, open.stderr).toBe(0);
    expect(JSON.parse(open.stdout).token).toMatchObject({ credential: 'certificate' });
  });

  it('a PFX without its password or with a wrong one: exit 2, the option named, nothing sent to Entra ID', async () => {
    const before = servers.issuer.requests.length;
    const missing = await cli('graph', ['--client-cert', pfx.tripleDes]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(
      /^--client-cert: .*app-3des\.p12: The PFX file is protected by a password: .* --client-cert-password-env VAR\./,
    );
    const wrong = await cli('graph', ['--client-cert', pfx.aes, '--client-cert-password-env', 'MC_PFX'], {
      MC_PFX: WRONG_PFX_PASSWORD,
    });
    expect(wrong).toMatchObject({ code: 2, stdout: '' });
    expect(wrong.stderr).toMatch(
      /^--client-cert-password-env: .*app-aes\.pfx: The password does not open the PFX file\./,
    );
    const noKey = await cli('graph', ['--client-cert', pfx.certificateOnly, '--client-cert-password-env', 'MC_PFX'], {
      MC_PFX: PFX_PASSWORD,
    });
    expect(noKey.stderr).toMatch(/^--client-cert: .*: The PFX file holds no private key/);
    expect(servers.issuer.requests.length).toBe(before);
  });

  it('Microsoft Graph with a client secret, --json: one document with the token findings and the warnings in words', async () => {
    const result = await cli('graph', ['--client-secret-env', 'MC_SECRET', '--json'], { MC_SECRET: M365.secret });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.stages.map((stage: { name: string }) => stage.name)).toEqual([
      'token',
      'dns',
      'tcp',
      'tls',
      'graph',
      'mailbox',
    ]);
    expect(report.token).toMatchObject({
      tenant: M365.tenantId,
      clientId: M365.clientId,
      credential: 'secret',
      claims: { audience: 'https://127.0.0.1', roles: ['Mail.ReadWrite'] },
      warnings: [],
    });
  });

  it('a wrong secret: exit 1, OAUTH_SECRET_INVALID with its hint, every later stage skipped', async () => {
    const result = await cli('graph', ['--client-secret-env', 'MC_SECRET'], {
      MC_SECRET: 'Wrong~secret.value_123456789',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^✘ token /);
    for (const name of ['dns', 'tcp', 'tls', 'graph', 'mailbox'])
      expect(result.stdout).toMatch(new RegExp(`\\n· ${name} +not started: Entra ID issued no access token\\n`));
    expect(result.stdout).toMatch(/FAILED OAUTH_SECRET_INVALID: Entra ID rejected the client secret of application /);
    expect(result.stdout).toMatch(/\nHint: Enter the secret’s Value, not its Secret ID/);
  });

  it('never prints the client secret or the private key, even from an Entra ID that echoes the request (canary)', async () => {
    // A hostile or broken sign-in service quoting the form it received (client_secret=…) in its error text.
    const echoing: TokenIssuer = await startTokenIssuer({
      certFile: servers.dovecot.certificates.serverCertFile,
      keyFile: servers.dovecot.certificates.serverKeyFile,
      tenants: [{ id: M365.tenantId, domains: [] }],
      apps: [{ appId: M365.clientId, tenantId: M365.tenantId, secrets: [] }],
      echoInErrors: (request) => `(received: ${request.body})`,
    });
    try {
      for (const args of [
        ['--client-secret-env', 'MC_SECRET', '--transcript'],
        ['--client-cert', certFile, '--json'],
        ['--client-cert', pfx.aes, '--client-cert-password-env', 'MC_PFX', '--transcript'],
      ]) {
        const result = await cliInProcess(
          [
            'test',
            '--method',
            'imap-oauth',
            '--tenant',
            M365.tenantId,
            '--client-id',
            M365.clientId,
            '--mailbox',
            M365.mailbox,
            '--authority-host',
            echoing.host,
            '--ca-file',
            caFile,
            ...args,
          ],
          { MC_SECRET: M365.secret, MC_PFX: PFX_PASSWORD },
        );
        expect(result.code).toBe(1);
        runs.push(result);
      }
      // The echo reached the client: the issuer really had the secret to quote.
      expect(echoing.requests.some((request) => request.body.includes(encodeURIComponent(M365.secret)))).toBe(true);
    } finally {
      await echoing.close();
    }
    const printed = runs.map((run) => `${run.stdout}\n${run.stderr}`).join('\n');
    expect(runs.length).toBeGreaterThanOrEqual(6);
    const keyLines = servers.privateKeyPem.split('\n').filter((line) => line && !line.startsWith('-----'));
    for (const form of [
      M365.secret,
      encodeURIComponent(M365.secret),
      Buffer.from(M365.secret).toString('base64'),
      PFX_PASSWORD,
      WRONG_PFX_PASSWORD,
      ...keyLines,
    ])
      expect(printed).not.toContain(form);
  });
});
