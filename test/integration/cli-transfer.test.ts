import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_USERS } from '../support/dovecot';
import { accountsFilePath } from '../../src/core/accounts/accounts-file';
import { runCli } from '../support/run-cli';
import { createTestServices } from '../support/test-services';
import { english } from '../support/report-text';

const PASSWORD = 'Cli-Transfer-Canary-5521';
const PASSPHRASE = 'seven green lanterns';

const cli = runCli;

describe('mailbox-connect export / import (CLI)', () => {
  let root: string;
  let source: string;
  let sealedFile: string;

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'mc-cli-transfer-'));
    source = path.join(root, 'source');
    const services = createTestServices(source);
    for (const [name, encryption, port] of [
      ['Invoices', 'ssl', 993],
      ['Legacy', 'notls', 143],
    ] as const) {
      const saved = await services.accounts.save({
        settings: {
          server: 'mail.contoso.local',
          port,
          encryption,
          validateSsl: true,
          insecureAcknowledged: true,
          connectionName: name,
          emailAddress: 'scan@contoso.com',
          userName: 'CONTOSO\\scan',
        },
        password: PASSWORD,
      });
      if (!saved.ok) throw new Error(english(saved.error.message));
    }
    // A file with sealed passwords, as the app exports it.
    sealedFile = path.join(root, 'sealed.json');
    writeFileSync(sealedFile, (await services.transfer.exportText(undefined, PASSPHRASE)).text);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('exports the settings of the data folder without passwords, to stdout or a file', async () => {
    const toStdout = await cli(['export', '--data-dir', source]);
    expect(toStdout.code).toBe(0);
    expect(JSON.parse(toStdout.stdout)).toMatchObject({
      passwords: 'none',
      accounts: [{ connectionName: 'Invoices' }, {}],
    });
    expect(toStdout.stdout).not.toContain(PASSWORD);

    const out = path.join(root, 'one.json');
    const one = await cli(['export', '--data-dir', source, '--account', 'legacy', '--out', out]);
    expect(one).toMatchObject({ code: 0, stdout: `Exported 1 account(s) to ${out}, without passwords.\n` });
    expect(
      JSON.parse(readFileSync(out, 'utf8')).accounts.map((a: { connectionName: string }) => a.connectionName),
    ).toEqual(['Legacy']);

    const unknown = await cli(['export', '--data-dir', source, '--account', 'Nope']);
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringMatching(/--account: no account is named nope/) });
    const sealed = await cli(['export', '--data-dir', source, '--passphrase-env', 'X']);
    expect(sealed).toMatchObject({ code: 2, stderr: expect.stringMatching(/export them from the app/) });
  });

  it('imports: dry run first, a wrong passphrase imports nothing, then one write with review flags', async () => {
    const target = path.join(root, 'target');
    const dry = await cli(['import', '--data-dir', target, '--file', sealedFile, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^add {5}Invoices: new on this computer$/m);
    expect(dry.stdout).toMatch(/^add {5}Legacy: new on this computer \[review: unencrypted\]$/m);
    expect(dry.stdout).toMatch(/dry run: nothing written/);

    const wrong = await cli(
      ['import', '--data-dir', target, '--file', sealedFile, '--passphrase-env', 'MC_PASSPHRASE'],
      {
        MC_PASSPHRASE: 'not it at all',
      },
    );
    expect(wrong).toMatchObject({ code: 1, stderr: 'The passphrase is wrong. Nothing was imported.\n' });

    const applied = await cli(
      ['import', '--data-dir', target, '--file', sealedFile, '--passphrase-env', 'MC_PASSPHRASE', '--json'],
      {
        MC_PASSPHRASE: PASSPHRASE,
      },
    );
    expect(applied.code).toBe(0);
    const result = JSON.parse(applied.stdout);
    expect(result.result).toMatchObject({ added: 2, toReview: ['Legacy'], passwordsStored: 0 });
    expect(result.result.passwordsNotStored).toMatch(/import the file in the app to keep the passwords/);
    const stored = readFileSync(accountsFilePath(target), 'utf8');
    expect(JSON.parse(stored).accounts.map((a: { connectionName: string }) => a.connectionName)).toEqual([
      'Invoices',
      'Legacy',
    ]);
    expect(stored).not.toContain(PASSWORD);

    const again = await cli(['import', '--data-dir', target, '--file', sealedFile, '--keep-existing']);
    expect(again.stdout).toMatch(/Imported: 0 added, 0 replaced, 2 skipped\./);
  });

  it('refuses a broken file with every problem listed, and names a missing option', async () => {
    const broken = path.join(root, 'broken.json');
    const document = JSON.parse(readFileSync(sealedFile, 'utf8'));
    document.accounts[1].connectionName = 'INVOICES';
    document.accounts[0].port = 0;
    writeFileSync(broken, JSON.stringify(document));
    const refused = await cli(['import', '--data-dir', path.join(root, 'other'), '--file', broken, '--dry-run']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/This file cannot be imported; nothing was changed\.\n {2}Account 1 .*port/);
    expect(refused.stderr).toMatch(/“INVOICES” appears twice/);
    const usage = await cli(['import', '--data-dir', root]);
    expect(usage).toMatchObject({ code: 2, stderr: expect.stringMatching(/^--file is required\./) });
  });

  it('test-all checks every account of a handover file at once, signing in where the file has a password', async () => {
    const dovecot = inject('dovecot');
    const services = createTestServices(path.join(root, 'handover'));
    const account = (name: string, userName: string) => ({
      server: '127.0.0.1',
      port: dovecot.imapsPort,
      encryption: 'ssl' as const,
      validateSsl: true,
      connectionName: name,
      emailAddress: 'scan@example.test',
      userName,
    });
    await services.accounts.save({
      settings: account('Invoices', TEST_USERS.invoices.user),
      password: TEST_USERS.invoices.password,
    });
    await services.accounts.save({
      settings: account('Empty', TEST_USERS.empty.user),
      password: TEST_USERS.empty.password,
    });
    await services.accounts.save({ settings: account('No password', 'nobody@example.test') });
    const file = path.join(root, 'handover.json');
    writeFileSync(file, (await services.transfer.exportText(undefined, PASSPHRASE)).text);

    const result = await cli(['test-all', '--file', file, '--passphrase-env', 'MC_PASSPHRASE', '--concurrency', '3'], {
      MC_PASSPHRASE: PASSPHRASE,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✔ Invoices: signed in in \d+ ms$/m);
    expect(result.stdout).toMatch(/^✔ Empty: signed in in \d+ ms$/m);
    expect(result.stdout).toMatch(/^✔ No password: reachable, not signed in \(no password in the file\)/m);
    expect(result.stdout).toMatch(/^3 of 3 succeeded, 0 failed\.$/m);
    const usage = await cli(['test-all', '--file', file, '--concurrency', '99']);
    expect(usage).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^--concurrency: "99" is not a whole number between 1 and 16/),
    });
  });
});
