import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountsService } from '../../../src/core/accounts/accounts-service';
import { openAccountsFile } from '../../../src/core/accounts/accounts-file';
import { REMEMBERED_KEY_FILE } from '../../../src/core/portable/remembered-key';
import { KEYRING_FILE } from '../../../src/core/portable/keyring-file';
import { SecretsService } from '../../../src/core/secrets';
import { ChromiumMachine } from '../../support/chromium-machine';
import { CHEAP_SCRYPT, startPortableRun } from '../../support/portable-run';
import { english } from '../../support/report-text';
import { accountSettings } from '../../support/stored-accounts';
import { settingsOfView } from '../../support/stored-accounts';

const PASSPHRASE = 'correct horse battery staple';
const ROUND_TRIPS = 40;

/** How one start of the app on a machine seals passwords: the arrangement under test. */
type Arrangement = (machine: ChromiumMachine, profile: string) => Promise<AccountsService>;

/**
 * The consultant's week: accounts saved at the office (A), the stick taken to the customer (B) where
 * one password is entered, back to the office where another is entered, forty times. Every start
 * checks every stored password against what was last entered; the lost ones are returned.
 */
async function travel(
  startOn: Arrangement,
  profiles: { A: string; B: string },
  machines: { A: ChromiumMachine; B: ChromiumMachine },
) {
  const expected = new Map<string, string>();
  const lost: string[] = [];
  const visit = async (where: 'A' | 'B', trip: number, enter: (accounts: AccountsService) => Promise<void>) => {
    const accounts = await startOn(machines[where], profiles[where]);
    for (const account of accounts.list()) {
      const opened = await accounts.passwordFor(account.id, account);
      const wanted = expected.get(account.id);
      if (!opened.ok || opened.password !== wanted)
        lost.push(`trip ${trip} on ${where}: ${account.connectionName} (${opened.ok ? 'other text' : opened.reason})`);
    }
    await enter(accounts);
  };
  const enterPassword = async (accounts: AccountsService, index: number, password: string) => {
    const account = accounts.list()[index];
    if (!account) throw new Error(`no account ${index}`);
    const { id, settings } = settingsOfView(account);
    const saved = await accounts.save({ id, settings, password });
    if (!saved.ok || saved.value.notice) throw new Error(english(saved.ok ? saved.value.notice : saved.error.message));
    expected.set(id, password);
  };

  await visit('A', 0, async (accounts) => {
    for (const index of [0, 1, 2]) {
      const saved = await accounts.save({ settings: accountSettings(index), password: `office-${index}` });
      if (!saved.ok) throw new Error(english(saved.error.message));
      expected.set(saved.value.account.id, `office-${index}`);
    }
  });
  for (let trip = 1; trip <= ROUND_TRIPS; trip += 1) {
    await visit('B', trip, (accounts) => enterPassword(accounts, 0, `customer-${trip}`));
    await visit('A', trip, (accounts) => enterPassword(accounts, 1, `office-${trip}`));
  }
  return lost;
}

describe('two machines sharing one stick (Chromium-like safeStorage on each)', () => {
  let root: string;
  let data: string;
  let profiles: { A: string; B: string };
  let machines: { A: ChromiumMachine; B: ChromiumMachine };
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'mc-two-machines-'));
    data = path.join(root, 'stick', 'data');
    // The app finds (or makes) the data folder next to the exe before anything is written there.
    mkdirSync(data, { recursive: true });
    // Each machine's own profile of the stick (<machine userData>/portable/<stick id>).
    profiles = { A: path.join(root, 'machine-A', 'profile'), B: path.join(root, 'machine-B', 'profile') };
    machines = { A: new ChromiumMachine('A'), B: new ChromiumMachine('B') };
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('loses no password in forty round trips with the portable passphrase', async () => {
    const machineKeys: Partial<Record<'A' | 'B', string>> = {};
    const startOn: Arrangement = async (machine, profile) => {
      const which = machine.name as 'A' | 'B';
      const safeStorage = machine.start(profile);
      expect(safeStorage.keyWasReplaced).toBe(false);
      // The lowest cost the file format allows: B derives the key at each of its forty visits.
      const { accounts, portable } = await startPortableRun(data, profile, safeStorage, { cost: CHEAP_SCRYPT });
      const status = await portable.status();
      if (status.portable && status.state === 'not-set') {
        expect((await portable.setPassphrase(PASSPHRASE, true)).ok).toBe(true);
      } else if (status.portable && status.state === 'locked') {
        // The customer's machine is not one to remember the key on: the passphrase at every visit.
        expect((await portable.unlock(PASSPHRASE, which === 'A')).ok).toBe(true);
      } else {
        expect(status).toEqual({ portable: true, state: 'unlocked', remembered: true });
        expect(which).toBe('A');
      }
      machineKeys[which] ??= readFileSync(path.join(profile, 'Local State'), 'utf8');
      // Neither machine's safeStorage key was ever written over.
      expect(readFileSync(path.join(profile, 'Local State'), 'utf8')).toBe(machineKeys[which]);
      return accounts;
    };
    expect(await travel(startOn, profiles, machines)).toEqual([]);

    // What travels is on the stick; what is sealed for one machine stays in that machine's profile.
    expect(readdirSync(data).sort()).toEqual(['accounts.json', KEYRING_FILE].sort());
    expect(readdirSync(profiles.A).sort()).toEqual(['Local State', REMEMBERED_KEY_FILE].sort());
    expect(readdirSync(profiles.B)).toEqual(['Local State']);
  }, 60_000);

  it('shows the contrast: sealed with each machine’s safeStorage, the machines take turns losing passwords', async () => {
    // Today's arrangement before the passphrase: each machine's own profile, passwords sealed with it.
    const startOn: Arrangement = async (machine, profile) =>
      new AccountsService(openAccountsFile(data), new SecretsService(machine.start(profile)));
    const lost = await travel(startOn, profiles, machines);
    // Every visit finds the passwords the other machine entered (or all of them, on the first) undecryptable.
    expect(lost.filter((entry) => entry.startsWith('trip 1 on B'))).toHaveLength(3);
    expect(lost.filter((entry) => /on A: Invoices 0 \(undecryptable\)$/.test(entry))).toHaveLength(ROUND_TRIPS);
    expect(lost.filter((entry) => /on B: Invoices 1 \(undecryptable\)$/.test(entry))).toHaveLength(ROUND_TRIPS);
    expect(existsSync(path.join(data, KEYRING_FILE))).toBe(false);
  });

  it('shows the older contrast: with Chromium’s profile on the stick, one visit loses every password everywhere', async () => {
    const stickProfile = path.join(root, 'stick', 'data');
    const lost = await travel(
      async (machine) => new AccountsService(openAccountsFile(data), new SecretsService(machine.start(stickProfile))),
      { A: stickProfile, B: stickProfile },
      machines,
    );
    // Each machine writes a new key over the other's: even the office's own passwords are gone on the office laptop.
    expect(lost.filter((entry) => / on A: Invoices 2 /.test(entry))).toHaveLength(ROUND_TRIPS);
  });
});
