import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AccountsService } from '../../src/core/accounts/accounts-service';
import { accountsFilePath } from '../../src/core/accounts/accounts-file';
import { lockDataFolder } from '../../src/core/accounts/data-folder-lock';
import { newAccountDefaults } from '../../src/shared/account';
import { t } from '../../src/shared/i18n';
import { TEST_USERS } from '../support/dovecot';
import { CHEAP_SCRYPT } from '../support/portable-run';
import { cliInProcess } from '../support/cli-in-process';
import { createTestServices } from '../support/test-services';
import { english } from '../support/report-text';

const dovecot = inject('dovecot');
const STICK_PASSPHRASE = 'Field kit – Überlingen 2026';
const OTHER_STICK_PASSPHRASE = 'a colleague’s own stick';
const EXPORT_PASSPHRASE = 'seven green lanterns';
const env = { MC_STICK: STICK_PASSPHRASE, MC_OTHER_STICK: OTHER_STICK_PASSPHRASE, MC_EXPORT: EXPORT_PASSPHRASE };

/** Every file below `folder` with its bytes: what a command must leave exactly as it found. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(folder, { recursive: true }) as string[]) {
    const file = path.join(folder, name);
    if (statSync(file).isFile()) files[name] = readFileSync(file).toString('base64');
  }
  return files;
}

/** An account of Dovecot's invoices mailbox (TLS with the test CA), saved with its password. */
async function saveInvoicesAccount(accounts: AccountsService, connectionName: string): Promise<void> {
  const { user, password } = TEST_USERS.invoices;
  const settings = {
    ...newAccountDefaults(),
    ...({ server: '127.0.0.1', port: dovecot.imapsPort, encryption: 'ssl', caCertificatePem: dovecot.caPem } as const),
    ...{ connectionName, emailAddress: user, userName: user },
  };
  const saved = await accounts.save({ settings, password });
  if (!saved.ok) throw new Error(english(saved.error.message));
}

/** A stick's data folder as the app leaves it: a portable passphrase set, accounts saved with their passwords. */
async function prepareStick(data: string, machineFolder: string, passphrase: string, withAccounts: boolean) {
  // resolveDataDirectory creates the folder at start; the key file needs it.
  mkdirSync(data, { recursive: true });
  const services = createTestServices(data, undefined, { machineFolder, cost: CHEAP_SCRYPT });
  await services.started;
  const set = await services.handlers.setPortablePassphrase({ passphrase });
  if (!set.ok) throw new Error(english(set.error.message));
  if (!withAccounts) return;
  for (const name of ['Invoices', 'Processing']) await saveInvoicesAccount(services.accounts, name);
}

/** `export` of a stick's accounts with their passwords: opened with its passphrase, sealed with the export passphrase. */
function exportSealed(stick: string, file: string) {
  const options = ['--portable-passphrase-env', 'MC_STICK', '--passphrase-env', 'MC_EXPORT', '--out', file];
  return cliInProcess(['export', '--data-dir', stick, ...options], env);
}

function storedAccounts(
  data: string,
): { connectionName: string; secret?: { cipherText: string }; lastTest?: unknown }[] {
  return JSON.parse(readFileSync(accountsFilePath(data), 'utf8')).accounts;
}

describe('the command line on a portable stick’s data folder (--portable-passphrase-env)', () => {
  let root: string;
  let stick: string;
  let machine: string;

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'mc-cli-portable-'));
    stick = path.join(root, 'stick', 'data');
    machine = path.join(root, 'office-laptop-profile');
    await prepareStick(stick, machine, STICK_PASSPHRASE, true);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('test-all signs in with the passwords the app sealed on the stick, and keeps each result there', async () => {
    const tested = await cliInProcess(['test-all', '--data-dir', stick, '--portable-passphrase-env', 'MC_STICK'], env);
    expect(tested.stderr).toBe('');
    expect(tested.stdout).toMatch(/^✔ Invoices: signed in in \d+ ms$/m);
    expect(tested.stdout).toMatch(/^✔ Processing: signed in in \d+ ms$/m);
    expect(tested.stdout).toMatch(/^2 of 2 succeeded, 0 failed\.$/m);
    expect(tested.code).toBe(0);
    for (const secret of [STICK_PASSPHRASE, TEST_USERS.invoices.password])
      expect(tested.stdout + tested.stderr).not.toContain(secret);
    expect(storedAccounts(stick).map((account) => account.lastTest)).toEqual([
      expect.objectContaining({ ok: true }),
      expect.objectContaining({ ok: true }),
    ]);
    // Nothing of the passphrase or its key is left on the machine the command ran on.
    expect(readdirSync(stick).sort()).toEqual(['accounts.json', 'portable-key.json']);
  });

  it('without the passphrase the passwords stay locked: nothing is tested with a login, and it says how to unlock', async () => {
    const before = snapshot(stick);
    const locked = await cliInProcess(['test-all', '--data-dir', stick]);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toBe(
      `The passwords in ${stick} are sealed with the stick's portable passphrase: give --portable-passphrase-env VAR to use them.\n`,
    );
    expect(locked.stdout).toContain(`· Invoices: not tested (${t('password.locked')})`);
    expect(locked.stdout).toMatch(/^0 of 2 succeeded, 0 failed, 2 not tested\.$/m);
    // Skipped accounts keep the result of their last real test.
    expect(snapshot(stick)).toEqual(before);
  });

  it('a wrong portable passphrase ends the command before anything is read or written', async () => {
    const before = snapshot(stick);
    for (const command of [
      ['test-all', '--data-dir', stick],
      ['export', '--data-dir', stick, '--passphrase-env', 'MC_EXPORT'],
      ['import', '--data-dir', stick, '--file', accountsFilePath(stick)],
    ]) {
      const wrong = await cliInProcess([...command, '--portable-passphrase-env', 'MC_WRONG'], {
        ...env,
        MC_WRONG: 'not it',
      });
      expect(wrong).toMatchObject({
        code: 1,
        stdout: '',
        stderr: `--portable-passphrase-env: ${t('portable.wrongPassphrase')}\n`,
      });
    }
    const unset = await cliInProcess(['test-all', '--data-dir', stick, '--portable-passphrase-env', 'MC_UNSET']);
    expect(unset).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^--portable-passphrase-env: the environment variable MC_UNSET is not set\./),
    });
    expect(snapshot(stick)).toEqual(before);
  });

  it('refuses --portable-passphrase-env for a folder without a portable key, and options that belong to --file', async () => {
    const installed = path.join(root, 'installed');
    mkdirSync(installed);
    const notPortable = await cliInProcess(
      ['test-all', '--data-dir', installed, '--portable-passphrase-env', 'MC_STICK'],
      env,
    );
    expect(notPortable.code).toBe(2);
    expect(notPortable.stderr).toMatch(
      new RegExp(`^--portable-passphrase-env: ${installed.replace(/[/\\]/g, '.')} has no portable key file`),
    );
    const plaintext = await cliInProcess(['test-all', '--data-dir', stick, '--allow-plaintext-password']);
    expect(plaintext).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^--allow-plaintext-password is for --file/),
    });
    const both = await cliInProcess(['test-all', '--data-dir', stick, '--file', 'x.json']);
    expect(both).toMatchObject({ code: 2, stderr: expect.stringMatching(/^--file is for --file, not --data-dir\./) });
    const forFile = await cliInProcess(['test-all', '--file', 'x.json', '--portable-passphrase-env', 'MC_STICK'], env);
    expect(forFile).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^--portable-passphrase-env is for --data-dir/),
    });
  });

  it('an installed app’s data folder: its passwords are sealed by Windows, so nothing is tested with a login, and it says why', async () => {
    const installed = path.join(root, 'installed-app');
    const services = createTestServices(installed);
    await saveInvoicesAccount(services.accounts, 'Invoices');
    // One account with a password is enough for the hint.
    const unsaved = await services.accounts.save({
      settings: {
        ...newAccountDefaults(),
        server: 'mail.contoso.local',
        connectionName: 'Unsaved',
        emailAddress: 'a@contoso.com',
        userName: 'a',
      },
    });
    if (!unsaved.ok) throw new Error(english(unsaved.error.message));
    const tested = await cliInProcess(['test-all', '--data-dir', installed]);
    expect(tested.code).toBe(1);
    expect(tested.stderr).toBe(
      `The passwords in ${installed} are sealed by Windows for the app, which the command line cannot open: test these accounts in the app (Test all), or export them there with a passphrase and run test-all --file.\n`,
    );
    expect(tested.stdout).toContain(`· Invoices: not tested (${t('password.undecryptable')})`);
    expect(tested.stdout).toMatch(/^0 of 2 succeeded, 0 failed, 2 not tested\.$/m);

    // An import keeps the settings and says why the passwords stay out: the app seals them for Windows.
    const file = path.join(root, 'installed-handover.json');
    writeFileSync(file, (await services.transfer.exportText(undefined, EXPORT_PASSPHRASE)).text);
    const other = path.join(root, 'installed-other');
    const imported = await cliInProcess(
      ['import', '--data-dir', other, '--file', file, '--passphrase-env', 'MC_EXPORT'],
      env,
    );
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(
      'Passwords not stored: the command line cannot use the protected storage Windows keeps for the app; import the file in the app to keep the passwords.\n',
    );
    expect(imported.stdout).not.toContain('portable passphrase');
  });

  it('a folder without stored passwords is tested without a word about them; --json prints one document', async () => {
    const folder = path.join(root, 'no-passwords');
    const services = createTestServices(folder);
    const saved = await services.accounts.save({
      settings: {
        ...newAccountDefaults(),
        server: '127.0.0.1',
        port: dovecot.imapsPort,
        encryption: 'ssl',
        caCertificatePem: dovecot.caPem,
        connectionName: 'Unsaved',
        emailAddress: 'a@b.test',
        userName: 'a',
      },
    });
    if (!saved.ok) throw new Error(english(saved.error.message));
    const tested = await cliInProcess(['test-all', '--data-dir', folder, '--json']);
    expect(tested).toMatchObject({ code: 1, stderr: '' });
    expect(JSON.parse(tested.stdout)).toMatchObject({
      outcomes: [{ name: 'Unsaved', skipped: t('password.missing') }],
      progress: { total: 1, ok: 0, failed: 0 },
    });
  });

  it('an empty portable passphrase is a usage mistake; a damaged key file is named, and nothing is written', async () => {
    const empty = await cliInProcess(['test-all', '--data-dir', stick, '--portable-passphrase-env', 'MC_EMPTY'], {
      MC_EMPTY: '',
    });
    expect(empty).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^--portable-passphrase-env: Enter the portable passphrase\.\n/),
    });
    const damaged = path.join(root, 'damaged-stick');
    mkdirSync(damaged);
    writeFileSync(path.join(damaged, 'portable-key.json'), '{ not json');
    const before = snapshot(damaged);
    const refused = await cliInProcess(['export', '--data-dir', damaged, '--portable-passphrase-env', 'MC_STICK'], env);
    expect(refused).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `${t('portable.keyring.damaged', { file: path.join(damaged, 'portable-key.json'), problem: t('portable.keyring.notJson') })}\n`,
    });
    expect(snapshot(damaged)).toEqual(before);
  });

  it('tells what it found in the accounts file before the command’s own output', async () => {
    const folder = path.join(root, 'damaged-accounts');
    mkdirSync(folder);
    writeFileSync(accountsFilePath(folder), '{"schemaVersion": 1, "accounts": [');
    const exported = await cliInProcess(['export', '--data-dir', folder]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/^The settings file could not be used as it was: /);
  });

  it('refuses what would pass a check without checking: a mistyped folder, an empty one, a one-letter export passphrase', async () => {
    const missing = path.join(root, 'no-such-folder');
    for (const command of [
      ['test-all', '--data-dir', missing],
      ['export', '--data-dir', missing],
    ])
      // A usage mistake: the message, then the command's usage.
      expect((await cliInProcess(command)).stderr.split('\n')[0]).toBe(`--data-dir: ${missing} does not exist.`);
    expect(existsSync(missing)).toBe(false);
    const empty = path.join(root, 'empty-folder');
    mkdirSync(empty);
    expect(await cliInProcess(['test-all', '--data-dir', empty])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `${empty} holds no accounts: nothing to test.\n`,
    });
    const short = await cliInProcess(
      ['export', '--data-dir', stick, '--portable-passphrase-env', 'MC_STICK', '--passphrase-env', 'MC_SHORT'],
      { ...env, MC_SHORT: 'a' },
    );
    expect(short).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(/^--passphrase-env: the export passphrase must have 10 to 1024 characters\.\n/),
    });
  });

  it('test-all on a folder the app holds is refused and writes nothing', async () => {
    const before = snapshot(stick);
    const app = await lockDataFolder(stick);
    if (!app.ok) throw new Error(app.code);
    try {
      const refused = await cliInProcess(
        ['test-all', '--data-dir', stick, '--portable-passphrase-env', 'MC_STICK'],
        env,
      );
      expect(refused).toMatchObject({
        code: 1,
        stdout: '',
        stderr: `The data folder ${stick} is in use by Mailbox Connect (the app, or another import or test-all). Close the app, then run test-all again.\n`,
      });
    } finally {
      await app.lock.release();
    }
    expect(snapshot(stick)).toEqual(before);
  });

  it('moves the accounts with their passwords from one stick to another: export sealed, import sealed with the other stick’s passphrase', async () => {
    const file = path.join(root, 'handover.json');
    const exported = await exportSealed(stick, file);
    expect(exported).toMatchObject({
      code: 0,
      stderr: '',
      stdout: `Exported 2 account(s) to ${file}, 2 password(s) sealed with the passphrase.\n`,
    });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ passwords: 'encrypted' });

    const other = path.join(root, 'colleague-stick', 'data');
    await prepareStick(other, path.join(root, 'colleague-profile'), OTHER_STICK_PASSPHRASE, false);
    const imported = await cliInProcess(
      [
        'import',
        '--data-dir',
        other,
        '--file',
        file,
        '--passphrase-env',
        'MC_EXPORT',
        '--portable-passphrase-env',
        'MC_OTHER_STICK',
      ],
      env,
    );
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Imported: 2 added, 0 replaced, 0 skipped.');
    expect(imported.stdout).not.toContain('Passwords not stored');
    // Sealed with the portable key ("mcp1…"), not left for a machine's protected storage.
    for (const account of storedAccounts(other))
      expect(
        Buffer.from(account.secret?.cipherText ?? '', 'base64')
          .subarray(0, 4)
          .toString('latin1'),
      ).toBe('mcp1');

    const tested = await cliInProcess(
      ['test-all', '--data-dir', other, '--portable-passphrase-env', 'MC_OTHER_STICK'],
      env,
    );
    expect(tested).toMatchObject({ code: 0, stdout: expect.stringMatching(/^2 of 2 succeeded, 0 failed\.$/m) });
    // The first stick's passphrase does not open the colleague's stick.
    const crossed = await cliInProcess(['test-all', '--data-dir', other, '--portable-passphrase-env', 'MC_STICK'], env);
    expect(crossed.code).toBe(1);
  });

  it('an import into a stick without its passphrase adds the accounts, keeps no password, and says how', async () => {
    const file = path.join(root, 'handover-locked.json');
    const exported = await exportSealed(stick, file);
    expect(exported.code).toBe(0);
    const other = path.join(root, 'locked-stick', 'data');
    await prepareStick(other, path.join(root, 'locked-profile'), OTHER_STICK_PASSPHRASE, false);
    const imported = await cliInProcess(
      ['import', '--data-dir', other, '--file', file, '--passphrase-env', 'MC_EXPORT'],
      env,
    );
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Imported: 2 added, 0 replaced, 0 skipped.');
    expect(imported.stdout).toContain(`Passwords not stored: ${t('portable.locked.reason')}`);
    expect(imported.stdout).toContain(
      `The passwords in ${other} are sealed with the stick's portable passphrase: give --portable-passphrase-env VAR to use them.`,
    );
    expect(storedAccounts(other).map((account) => [account.connectionName, account.secret])).toEqual([
      ['Invoices', undefined],
      ['Processing', undefined],
    ]);
  });
});
