import { execFile } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { version } from '../../package.json';
import { TEST_USERS } from '../support/dovecot';
import { CLI_BIN, runCli } from '../support/run-cli';

const dovecot = inject('dovecot');
const BIN = CLI_BIN;
const cli = runCli;

describe('mailbox-connect test (CLI)', () => {
  it('--help exits 0 with the tool usage on stdout', async () => {
    const result = await cli(['--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Usage: mailbox-connect COMMAND \[OPTIONS\]\n/);
    expect(result.stdout).toMatch(/^ {2}test-all +Test every account/m);
  });

  it('--version prints the version of package.json', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `mailbox-connect ${version}\n`, stderr: '' });
  });

  it('exits 0 with one JSON document on success over STARTTLS', async () => {
    const result = await cli(
      [
        'test',
        '--server',
        '127.0.0.1',
        '--port',
        String(dovecot.imapPort),
        '--encryption',
        'starttls',
        '--user',
        TEST_USERS.invoices.user,
        '--password-env',
        'MC_PASSWORD',
        '--json',
      ],
      { MC_PASSWORD: TEST_USERS.invoices.password },
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: true, mailbox: { inbox: { messages: TEST_USERS.invoices.messages } } });
    expect(report.stages.map((stage: { name: string }) => stage.name)).toEqual([
      'dns',
      'tcp',
      'tls',
      'greeting',
      'starttls',
      'auth',
      'mailbox',
      'logout',
    ]);
    expect(result.stdout).not.toContain(TEST_USERS.invoices.password);
    // Exactly the documented shape: one object, these keys, no transcript unless asked for.
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(Object.keys(report).sort()).toEqual(['durationMs', 'mailbox', 'ok', 'server', 'stages', 'tls']);
    expect(Object.keys(report.server).sort()).toEqual(['capabilities', 'greeting']);
    expect(report.tls).toMatchObject({ protocol: expect.stringMatching(/^TLSv1\.[23]$/), authorized: true });
    expect(Object.keys(report.tls.certificate).sort()).toEqual([
      'fingerprint256',
      'issuer',
      'subject',
      'subjectAltNames',
      'validFrom',
      'validTo',
    ]);
    expect(report.mailbox.folders).toContain('INBOX');
    for (const stage of report.stages)
      expect(Object.keys(stage).every((key) => ['name', 'status', 'ms', 'detail'].includes(key))).toBe(true);
  });

  it('reads the password from stdin and adds the redacted transcript on request', async () => {
    const child = execFile(process.execPath, [
      BIN,
      'test',
      '--server',
      'localhost',
      '--port',
      String(dovecot.imapsPort),
      '--user',
      TEST_USERS.domainUser.user,
      '--password-stdin',
      '--json',
      '--transcript',
    ]);
    child.stdin?.end(`${TEST_USERS.domainUser.password}\n`);
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { transcript: string[] };
    expect(report.transcript.some((line) => /^C: \S+ (LOGIN|AUTHENTICATE)/.test(line))).toBe(true);
    expect(stdout).not.toContain(TEST_USERS.domainUser.password);
  });

  it('prints a readable stage list and exits 1 on a failed test', async () => {
    const result = await cli(['test', '--server', '127.0.0.1', '--port', '1', '--encryption', 'ssl']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✘ tcp/);
    expect(result.stdout).toMatch(/FAILED CONNECTION_REFUSED/);
  });

  it('exits 2 and names the option for invalid settings', async () => {
    const badPort = await cli(['test', '--server', 'mail.contoso.local', '--port', '70000']);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toMatch(/--port: Enter a port between 1 and 65535/);
    const badEncryption = await cli(['test', '--server', 'mail.contoso.local', '--encryption', 'ssl3']);
    expect(badEncryption.code).toBe(2);
    expect(badEncryption.stderr).toMatch(/--encryption: "ssl3" is not one of/);
    const missingVariable = await cli([
      'test',
      '--server',
      'mail.contoso.local',
      '--user',
      'u',
      '--password-env',
      'MC_UNSET_VARIABLE',
    ]);
    expect(missingVariable.code).toBe(2);
    expect(missingVariable.stderr).toMatch(/MC_UNSET_VARIABLE is not set/);
  });

  it('reports the processing folders and the 30-day preview, and --create-folders creates the missing ones', async () => {
    const base = ['test', '--server', '127.0.0.1', '--port', String(dovecot.imapsPort), '--user'];
    const env = { MC_PASSWORD: TEST_USERS.processing.password };
    const folders = ['--success-folder', 'CLI Done', '--failed-folder', 'CLI Failed'];
    const missing = await cli([...base, TEST_USERS.processing.user, '--password-env', 'MC_PASSWORD', ...folders], env);
    expect(missing.code).toBe(0);
    expect(missing.stdout).toMatch(/✘ success CLI Done: missing/);
    expect(missing.stdout).toMatch(/Last 30 days: 1 message in INBOX, 0 with documents/);
    const created = await cli(
      [...base, TEST_USERS.processing.user, '--password-env', 'MC_PASSWORD', ...folders, '--create-folders'],
      env,
    );
    expect(created.stdout).toMatch(/✔ success CLI Done: created, can be opened/);
    expect(created.stdout).toMatch(/✔ failed {2}CLI Failed: created, can be opened/);
    const invalid = await cli(['test', '--server', 'mail.contoso.local', '--success-folder', 'Done*']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/--success-folder: A folder name cannot contain \* or %/);
    const unasked = await cli(['test', '--server', 'mail.contoso.local', '--create-folders']);
    expect(unasked.stderr).toMatch(/--create-folders needs a login/);
  });

  it('a certificate from a CA this computer does not know is TLS_CERT_UNTRUSTED, and --ca-file fixes it', async () => {
    // Without NODE_EXTRA_CA_CERTS the CLI trusts Node's and the system's roots only, not the test CA.
    const env = { NODE_EXTRA_CA_CERTS: '', MC_PASSWORD: TEST_USERS.empty.password };
    const args = [
      'test',
      '--server',
      'localhost',
      '--port',
      String(dovecot.imapsPort),
      '--user',
      TEST_USERS.empty.user,
      '--password-env',
      'MC_PASSWORD',
      '--json',
    ];
    const unknown = await cli(args, env);
    expect(unknown.code).toBe(1);
    const report = JSON.parse(unknown.stdout) as { error: { code: string; message: string; hint: string } };
    expect(report.error.code).toBe('TLS_CERT_UNTRUSTED');
    expect(report.error.message).toBe(
      'The server\'s certificate was issued by "CN=Mailbox Connect Test CA", which this computer does not trust.',
    );
    expect(report.error.hint).toMatch(/internal CA/);

    const withCaFile = await cli([...args, '--ca-file', dovecot.certificates.caFile], env);
    expect(withCaFile.code).toBe(0);
  });

  it('offline, a host name is DNS_NOT_FOUND saying no DNS server answered', async () => {
    const result = await cli(['test', '--server', 'mail.contoso.invalid', '--json'], {}, true);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { error: { code: string; message: string; hint: string } };
    expect(report.error.code).toBe('DNS_NOT_FOUND');
    expect(report.error.message).toMatch(/no DNS server answered/);
    expect(report.error.hint).toMatch(/VPN/);
  });

  it('offline, an address is HOST_UNREACHABLE at the tcp stage', async () => {
    const result = await cli(['test', '--server', '10.20.30.40', '--port', '993', '--json'], {}, true);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { error: { code: string }; stages: { name: string; status: string }[] };
    expect(report.error.code).toBe('HOST_UNREACHABLE');
    expect(report.stages.find((stage) => stage.name === 'tcp')?.status).toBe('failed');
  });

  it('detect proposes the most secure option as one JSON document, and says when offline', async () => {
    const found = await cli([
      'detect',
      '--server',
      'localhost',
      '--ssl-port',
      String(dovecot.imapsPort),
      '--plain-port',
      String(dovecot.imapPort),
      '--json',
    ]);
    expect(found.code).toBe(0);
    expect(JSON.parse(found.stdout)).toMatchObject({
      offline: false,
      proposal: { encryption: 'tls', port: dovecot.imapsPort },
    });
    const offline = await cli(['detect', '--server', 'mail.contoso.invalid'], {}, true);
    expect(offline.code).toBe(1);
    expect(offline.stdout).toMatch(/No DNS server answered: this computer seems to be offline\./);
    const usage = await cli(['detect', '--server', 'mail', '--ssl-port', '0']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--ssl-port: Enter a port between 1 and 65535/);
  });
});
