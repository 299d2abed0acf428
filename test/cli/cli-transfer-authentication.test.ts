import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli-in-process';
import { accountsFilePath } from '../../src/core/accounts/accounts-file';
import { startFakeImapServer, type FakeImapServer } from '../support/fake-imap-server';
import { createTestServices } from '../support/test-services';
import { english } from '../support/report-text';

const PASSWORD = 'Cli-Tamper-Canary-7345';
const PASSPHRASE = 'eleven silver kettles';

const cli = cliInProcess;

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'mc-cli-tamper-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const servers: FakeImapServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

let folders = 0;
/** A file exported by the app (AES stand-in for safeStorage) with the password sealed under the passphrase. */
async function exportedFile(settings: Record<string, unknown>, passphrase?: string) {
  const services = createTestServices(path.join(root, `source-${(folders += 1)}`));
  const saved = await services.accounts.save({
    settings: {
      validateSsl: false,
      connectionName: 'Invoices',
      emailAddress: 'scan@contoso.com',
      userName: 'scanner',
      insecureAcknowledged: true,
      ...settings,
    },
    password: PASSWORD,
  });
  if (!saved.ok) throw new Error(english(saved.error.message));
  return (await services.transfer.exportText(undefined, passphrase)).text;
}

function written(document: unknown): string {
  const file = path.join(root, `file-${(folders += 1)}.json`);
  writeFileSync(file, JSON.stringify(document, undefined, 2));
  return file;
}

/** With plain-text logins allowed, as for a file that has a No TLS account: only the file's authentication protects. */
const testAll = (file: string) =>
  cli(
    ['test-all', '--file', file, '--passphrase-env', 'MC_PASSPHRASE', '--timeout', '10', '--allow-plaintext-password'],
    { MC_PASSPHRASE: PASSPHRASE },
  );

describe('mailbox-connect test-all over an altered file', () => {
  it('an untouched file signs in at the server it names (the server records the LOGIN)', async () => {
    const server = await startFakeImapServer();
    servers.push(server);
    const file = written(
      JSON.parse(await exportedFile({ server: server.host, port: server.port, encryption: 'notls' }, PASSPHRASE)),
    );
    const result = await testAll(file);
    expect(result.stdout).toMatch(/^✔ Invoices: signed in/m);
    expect(server.received.map((command) => command.name)).toContain('LOGIN');
    expect(server.receivedBytes().toString('latin1')).toContain(PASSWORD);
  });

  it('a file pointed at another server is refused before any connection: no credential leaves', async () => {
    const server = await startFakeImapServer();
    servers.push(server);
    const document = JSON.parse(
      await exportedFile({ server: 'mail.contoso.invalid', port: 143, encryption: 'notls' }, PASSPHRASE),
    );
    Object.assign(document.accounts[0], { server: server.host, port: server.port });
    const result = await testAll(written(document));
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/^The file was changed after it was exported/);
    expect(server.connections()).toBe(0);
    expect(server.received).toEqual([]);
  });

  it('STARTTLS switched to No TLS in the file is refused: the password is not sent in plain text', async () => {
    const server = await startFakeImapServer(); // offers no STARTTLS: the real settings never log in here
    servers.push(server);
    const document = JSON.parse(
      await exportedFile({ server: server.host, port: server.port, encryption: 'starttls' }, PASSPHRASE),
    );
    document.accounts[0].encryption = 'notls';
    const result = await testAll(written(document));
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/^The file was changed after it was exported/);
    expect(server.received).toEqual([]);
    expect(server.receivedBytes().toString('latin1')).not.toContain(PASSWORD);
  });
});

describe('mailbox-connect import shows what a replace changes', () => {
  it('lists each difference old → new and the withheld password, in text and JSON, and writes nothing on a dry run', async () => {
    const target = path.join(root, 'target');
    const services = createTestServices(target);
    await services.accounts.save({
      settings: {
        server: 'mail.contoso.local',
        port: 993,
        encryption: 'ssl',
        validateSsl: true,
        connectionName: 'Invoices',
        emailAddress: 'scan@contoso.com',
        userName: 'scanner',
      },
      password: PASSWORD,
    });
    const before = readFileSync(accountsFilePath(target), 'utf8');
    const file = written(
      JSON.parse(
        await exportedFile({
          server: 'mail.fabrikam.local',
          port: 143,
          encryption: 'notls',
          validateSsl: true,
          trustedFingerprint: `${'AB:'.repeat(31)}AB`,
        }),
      ),
    );
    const dry = await cli(['import', '--data-dir', target, '--file', file, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout.split('\n')).toEqual([
      'replace Invoices: replaces the account of the same name [review: unencrypted, trustedFingerprint]',
      '          server: mail.contoso.local → mail.fabrikam.local',
      '          port: 993 → 143',
      '          encryption: ssl → notls',
      `          trustedFingerprint: (none) → ${'AB:'.repeat(31)}AB`,
      '          stored password not used for the new settings: enter it again',
      '(dry run: nothing written)',
      '',
    ]);
    const json = await cli(['import', '--data-dir', target, '--file', file, '--dry-run', '--json']);
    expect(JSON.parse(json.stdout).plan.entries[0]).toMatchObject({
      action: 'replace',
      storedPasswordWithheld: true,
      differences: [
        { field: 'server', from: 'mail.contoso.local', to: 'mail.fabrikam.local' },
        { field: 'port', from: 993, to: 143 },
        { field: 'encryption', from: 'ssl', to: 'notls' },
        { field: 'trustedFingerprint', from: null, to: `${'AB:'.repeat(31)}AB` },
      ],
    });
    expect(readFileSync(accountsFilePath(target), 'utf8')).toBe(before);

    const applied = await cli(['import', '--data-dir', target, '--file', file]);
    expect(applied.stdout).toMatch(/^Enter the password again for: Invoices\.$/m);
  });
});
