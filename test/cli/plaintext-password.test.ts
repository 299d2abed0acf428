import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli-in-process';
import { credentialTraces } from '../support/credential-traces';
import { startFakeImapServer, type FakeImapServer } from '../support/fake-imap-server';
import { createTestServices } from '../support/test-services';
import { english } from '../support/report-text';
import { acknowledgedPlaintextSettings } from '../support/stored-accounts';

const USER = 'scanner@contoso.local';
const PASSWORD = 'Cli-Plaintext-Canary-8812';
const PASSPHRASE = 'seven green lanterns';

const cli = (argv: string[]) =>
  cliInProcess(argv, { MC_PASSWORD: PASSWORD, MC_PASSPHRASE: PASSPHRASE }, `${PASSWORD}\n`);

/**
 * The CLI asks for the same confirmation as the window: a password goes out over None or No TLS
 * only with --allow-plaintext-password. The fake server offers AUTH=PLAIN without LOGINDISABLED,
 * so it would take the password: only the CLI's own check keeps it back.
 */
describe('mailbox-connect and plaintext passwords', () => {
  let server: FakeImapServer;
  beforeEach(async () => {
    server = await startFakeImapServer({ capabilities: ['AUTH=PLAIN'] });
  });
  afterEach(() => server.close());

  const testArgs = (encryption: string, ...extra: string[]) => [
    'test',
    '--server',
    server.host,
    '--port',
    String(server.port),
    '--encryption',
    encryption,
    '--user',
    USER,
    ...extra,
  ];

  it.each([
    ['none', '--password-env', 'MC_PASSWORD'],
    ['notls', '--password-stdin'],
  ])(
    'test --encryption %s with a password but without the flag is a usage error naming it',
    async (encryption, ...from) => {
      const result = await cli(testArgs(encryption, ...from));
      expect(result.code).toBe(2);
      expect(result.stderr.split('\n')[0]).toBe(
        `--allow-plaintext-password is required to send a password with --encryption ${encryption}: it would travel unencrypted. Or choose --encryption ssl, tls or starttls.`,
      );
      expect(result.stdout).toBe('');
      expect(server.connections()).toBe(0);
      expect(credentialTraces(server, USER, PASSWORD)).toEqual([]);
    },
  );

  it('test --encryption notls --allow-plaintext-password signs in, in clear text as asked', async () => {
    const result = await cli(
      testArgs('notls', '--password-env', 'MC_PASSWORD', '--allow-plaintext-password', '--json'),
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true });
    expect(credentialTraces(server, USER, PASSWORD)).toContain('the AUTHENTICATE PLAIN response');
  });

  it('test --encryption none without a user still checks the server, up to the greeting', async () => {
    const result = await cli(['test', '--server', server.host, '--port', String(server.port), '--encryption', 'none']);
    expect(result.code).toBe(0);
    expect(server.connections()).toBe(1);
    expect(credentialTraces(server, USER, PASSWORD)).toEqual([]);
  });

  describe('test-all over an export file (accounts arrive unacknowledged)', () => {
    let directory: string;
    let file: string;
    beforeEach(async () => {
      directory = mkdtempSync(path.join(os.tmpdir(), 'mc-cli-plaintext-'));
      const services = createTestServices(path.join(directory, 'source'));
      const saved = await services.accounts.save({
        settings: acknowledgedPlaintextSettings(server, 'Legacy', USER),
        password: PASSWORD,
      });
      if (!saved.ok) throw new Error(english(saved.error.message));
      file = path.join(directory, 'handover.json');
      const exported = await services.transfer.exportText(undefined, PASSPHRASE);
      expect(exported.text).not.toContain(PASSWORD);
      writeFileSync(file, exported.text);
    });
    afterEach(() => rmSync(directory, { recursive: true, force: true }));

    it('tests a plaintext account without login unless --allow-plaintext-password is given, and says why', async () => {
      const held = await cli(['test-all', '--file', file, '--passphrase-env', 'MC_PASSPHRASE']);
      expect(held.code).toBe(0);
      expect(held.stdout).toMatch(
        /^✔ Legacy: reachable, not signed in \(the password would travel unencrypted: give --allow-plaintext-password to send it\) in \d+ ms$/m,
      );
      expect(server.connections()).toBe(1);
      expect(credentialTraces(server, USER, PASSWORD)).toEqual([]);

      const json = await cli(['test-all', '--file', file, '--passphrase-env', 'MC_PASSPHRASE', '--json']);
      const auth = JSON.parse(json.stdout).outcomes[0].report.stages.find(
        (stage: { name: string }) => stage.name === 'auth',
      );
      expect(auth).toMatchObject({ status: 'skipped', detail: expect.stringMatching(/would travel unencrypted/) });
      expect(credentialTraces(server, USER, PASSWORD)).toEqual([]);

      const allowed = await cli([
        'test-all',
        '--file',
        file,
        '--passphrase-env',
        'MC_PASSPHRASE',
        '--allow-plaintext-password',
      ]);
      expect(allowed.code).toBe(0);
      expect(allowed.stdout).toMatch(/^✔ Legacy: signed in in \d+ ms$/m);
      expect(credentialTraces(server, USER, PASSWORD)).toContain('the AUTHENTICATE PLAIN response');
    });
  });
});
