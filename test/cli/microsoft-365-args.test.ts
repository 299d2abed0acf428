import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { UsageError } from '../../src/cli/cli-options';
import { parseTestArgs } from '../../src/cli/parse-test-args';
import { cliInProcess } from '../support/cli-in-process';
import { createPfxFiles } from '../support/pfx-files';

const certificates = inject('dovecot').certificates;
const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-cli-pfx-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const pfx = createPfxFiles(directory, certificates.selfSignedCertFile, certificates.selfSignedKeyFile);
const appPemFile = path.join(directory, 'app.pem');
writeFileSync(
  appPemFile,
  readFileSync(certificates.selfSignedKeyFile, 'utf8') + readFileSync(certificates.selfSignedCertFile, 'utf8'),
);

const TENANT = 'contoso.onmicrosoft.com';
const CLIENT_ID = '8a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
const base = (method: string) => [
  '--method',
  method,
  '--tenant',
  TENANT,
  '--client-id',
  CLIENT_ID,
  '--mailbox',
  'invoices@contoso.com',
];

function refusal(argv: string[]): string {
  try {
    parseTestArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('mailbox-connect test --method imap-oauth|graph (arguments)', () => {
  it('takes the global cloud’s hosts by default: Entra ID, outlook.office365.com:993 over TLS, graph.microsoft.com:443', () => {
    const imap = parseTestArgs([...base('imap-oauth'), '--client-secret-env', 'MC_SECRET']);
    expect(imap).toMatchObject({
      server: 'outlook.office365.com',
      port: 993,
      encryption: 'tls',
      microsoft365: {
        method: 'imap-oauth',
        tenant: TENANT,
        clientId: CLIENT_ID,
        authorityHost: 'login.microsoftonline.com',
        credential: { from: 'env', variable: 'MC_SECRET' },
        mailbox: 'invoices@contoso.com',
      },
    });
    const graph = parseTestArgs([...base('graph'), '--client-cert', 'app.pem']);
    expect(graph).toMatchObject({
      server: 'graph.microsoft.com',
      port: 443,
      microsoft365: { method: 'graph', credential: { from: 'file', path: 'app.pem' } },
    });
  });

  it('Graph takes the certificate options as IMAP does (a pin, or no check), but no encryption choice', () => {
    const pin = 'AB:'.repeat(31) + 'AB';
    expect(
      parseTestArgs([...base('graph'), '--client-secret-env', 'S', '--pin-sha256', pin, '--no-validate-ssl']),
    ).toMatchObject({ pinSha256: pin, validateSsl: false });
    expect(() => parseTestArgs([...base('graph'), '--client-secret-env', 'S', '--encryption', 'ssl'])).toThrow(
      /^--encryption does not apply to --method graph: Microsoft Graph is always HTTPS\.$/,
    );
  });

  it('--cloud picks a sovereign cloud’s hosts; --server, --port and --authority-host override them', () => {
    expect(parseTestArgs([...base('graph'), '--client-secret-env', 'S', '--cloud', 'usGovernment'])).toMatchObject({
      server: 'graph.microsoft.us',
      microsoft365: { authorityHost: 'login.microsoftonline.us' },
    });
    expect(parseTestArgs([...base('imap-oauth'), '--client-secret-env', 'S', '--cloud', 'china'])).toMatchObject({
      server: 'partner.outlook.cn',
      microsoft365: { authorityHost: 'login.chinacloudapi.cn' },
    });
    expect(
      parseTestArgs([
        ...base('imap-oauth'),
        '--client-secret-env',
        'S',
        '--server',
        'localhost',
        '--port',
        '10993',
        '--authority-host',
        '127.0.0.1:4431',
      ]),
    ).toMatchObject({ server: 'localhost', port: 10993, microsoft365: { authorityHost: '127.0.0.1:4431' } });
  });

  it('names the option of each mistake: missing, doubled or contradicting flags', () => {
    const cases: [string[], RegExp][] = [
      [['--method', 'pop3'], /^--method: "pop3" is not one of imap, imap-oauth, graph\.$/],
      [[...base('imap-oauth')], /needs the app's credential: --client-secret-env VAR or --client-cert FILE/],
      [[...base('graph'), '--client-secret-env', 'S', '--client-cert', 'a.pem'], /give only one of them/],
      [
        [...base('graph'), '--client-secret-env', 'S', '--client-cert-password-env', 'P'],
        /^--client-cert-password-env is the password of a PFX file: give it with --client-cert FILE\.$/,
      ],
      [
        ['--server', 'localhost', '--client-cert-password-env', 'P'],
        /^--client-cert-password-env applies to --method imap-oauth or graph only\.$/,
      ],
      [
        ['--method', 'graph', '--client-id', CLIENT_ID, '--mailbox', 'a@b.com', '--client-secret-env', 'S'],
        /^--tenant is required/,
      ],
      [
        ['--method', 'graph', '--tenant', TENANT, '--mailbox', 'a@b.com', '--client-secret-env', 'S'],
        /^--client-id is required/,
      ],
      [
        ['--method', 'graph', '--tenant', TENANT, '--client-id', CLIENT_ID, '--client-secret-env', 'S'],
        /^--mailbox is required/,
      ],
      [
        [...base('graph'), '--client-secret-env', 'S', '--cloud', 'germany'],
        /^--cloud: "germany" is not one of global, usGovernment, china\.$/,
      ],
      [
        [...base('graph'), '--client-secret-env', 'S', '--user', 'x'],
        /^--user does not apply to --method graph: use --mailbox\.$/,
      ],
      [[...base('imap-oauth'), '--client-secret-env', 'S', '--password-env', 'P'], /^--password-env does not apply/],
      [
        [...base('graph'), '--client-secret-env', 'S', '--encryption', 'tls'],
        /^--encryption does not apply to --method graph/,
      ],
      [
        [...base('imap-oauth'), '--client-secret-env', 'S', '--encryption', 'none'],
        /Microsoft 365 accepts tokens only over TLS/,
      ],
      [
        [
          ...base('imap-oauth').slice(0, 3),
          'not a tenant!',
          '--client-id',
          CLIENT_ID,
          '--mailbox',
          'a@b.com',
          '--client-secret-env',
          'S',
        ],
        /^--tenant: /,
      ],
      [
        [...base('graph').slice(0, 5), 'not-a-guid', '--mailbox', 'a@b.com', '--client-secret-env', 'S'],
        /^--client-id: The application \(client\) ID is a GUID/,
      ],
      [[...base('graph').slice(0, 7), 'no-address', '--client-secret-env', 'S'], /^--mailbox: /],
      [
        [...base('graph'), '--client-secret-env', 'S', '--authority-host', 'https://login.microsoftonline.com/x'],
        /^--authority-host: /,
      ],
      [['--server', 'localhost', '--tenant', TENANT], /^--tenant applies to --method imap-oauth or graph only\.$/],
    ];
    for (const [argv, expected] of cases) expect(refusal(argv), argv.join(' ')).toMatch(expected);
  });

  it('refuses an unset or empty variable and an unreadable or unusable certificate file, exit code 2', async () => {
    const secretRun = await cliInProcess(['test', ...base('imap-oauth'), '--client-secret-env', 'MC_SECRET'], {});
    expect(secretRun).toMatchObject({ code: 2, stdout: '' });
    expect(secretRun.stderr).toMatch(/^--client-secret-env: the environment variable MC_SECRET is not set\./);
    const empty = await cliInProcess(['test', ...base('imap-oauth'), '--client-secret-env', 'MC_SECRET'], {
      MC_SECRET: '',
    });
    expect(empty.stderr).toMatch(/^--client-secret-env: the environment variable MC_SECRET is empty\./);
    const missing = await cliInProcess(['test', ...base('graph'), '--client-cert', '/nonexistent/app.pem']);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toMatch(/^--client-cert: \/nonexistent\/app\.pem cannot be read \(ENOENT\)\./);
    const folder = await cliInProcess(['test', ...base('graph'), '--client-cert', import.meta.dirname]);
    expect(folder.stderr).toMatch(/^--client-cert: .* cannot be read \(EISDIR\)\./);
    const notPem = await cliInProcess(['test', ...base('graph'), '--client-cert', import.meta.filename]);
    expect(notPem.stderr).toMatch(
      /^--client-cert: .*: The file is neither a PEM certificate nor a PFX \(PKCS#12\) file\./,
    );
    const pemWithPassword = await cliInProcess(
      ['test', ...base('graph'), '--client-cert', appPemFile, '--client-cert-password-env', 'P'],
      { P: 'x' },
    );
    expect(pemWithPassword).toMatchObject({ code: 2 });
    expect(pemWithPassword.stderr).toMatch(
      /^--client-cert-password-env: .* is a PEM file; the password applies to a PFX file only\./,
    );
    const unset = await cliInProcess(
      ['test', ...base('graph'), '--client-cert', pfx.aes, '--client-cert-password-env', 'P'],
      {},
    );
    expect(unset.stderr).toMatch(/^--client-cert-password-env: the environment variable P is not set\./);
  });

  it('never prints a refused client secret (canary)', async () => {
    const canary = 'Xy7~canary.Q2w_E3r-T4y~U5i.O6p_A7s-D8f~G9h';
    const runs = [
      await cliInProcess(['test', ...base('imap-oauth'), '--client-secret-env', 'S'], { S: `${canary}\nA1 LOGOUT` }),
      await cliInProcess(['test', ...base('imap-oauth'), '--client-secret-env', 'S'], { S: canary.repeat(200) }),
      await cliInProcess(['test', ...base('graph'), '--client-secret-env', 'S', '--user', canary], { S: canary }),
    ];
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^--/);
    }
    // The last one names --user and prints nothing of the options' values but the usage.
    expect(runs.map((run) => run.stdout + run.stderr).join('\n')).not.toContain(canary);
  });

  it('the usage shows the Microsoft 365 form of test', async () => {
    const help = await cliInProcess(['test', '--help']);
    expect(help.stdout).toContain('mailbox-connect test --method imap-oauth|graph --tenant TENANT --client-id ID');
    expect(help.stdout).toContain('(--client-secret-env VAR | --client-cert FILE [--client-cert-password-env VAR])');
    expect(help.stdout).toContain('a PEM or PFX (PKCS#12) file with the certificate and its private key');
    const tool = await cliInProcess(['--help']);
    expect(tool.stdout).toContain('IMAP with OAuth 2.0, Microsoft Graph');
  });
});
