import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AccountsService } from '../../../src/core/accounts/accounts-service';
import { SecretsService } from '../../../src/core/secrets';
import { validateAccountSettings } from '../../../src/shared/account';
import { ENCRYPTIONS } from '../../../src/shared/encryption';
import type { SaveAccountRequest } from '../../../src/shared/ipc';
import { createAesTestCipher } from '../../support/aes-test-cipher';
import { openAccountsFile } from '../../../src/core/accounts/accounts-file';
import { english } from '../../support/report-text';

/** Text as people type it: any Unicode, with a bias towards the characters that break parsers. */
const typed = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(' ', '\\', '"', "'", ':', '/', '[', ']', '@', '.', '\r', '\n', '\0', 'ä', 'a', '1'),
    maxLength: 20,
  }),
);

const server = fc.oneof(
  fc.domain(),
  fc.ipV4(),
  fc.ipV6(),
  typed.map((text) => ` ${text} `),
);
const port = fc.oneof(
  fc.integer({ min: -5, max: 70_000 }),
  fc.integer({ min: 1, max: 65535 }).map(String),
  typed,
  fc.double(),
);
const userName = fc.oneof(
  fc.emailAddress(),
  fc
    .tuple(fc.stringMatching(/^[A-Z]{2,8}$/), fc.stringMatching(/^[a-z.]{1,12}$/))
    .map(([domain, user]) => `${domain}\\${user}`),
  fc
    .tuple(fc.stringMatching(/^[A-Z]{2,8}$/), fc.stringMatching(/^[a-z]{1,12}$/), fc.stringMatching(/^[a-z]{1,12}$/))
    .map(([domain, user, alias]) => `${domain}\\${user}\\${alias}`),
  typed,
);

const accountInput = fc.record({
  method: fc.constantFrom('imap', 'pop3', undefined),
  server,
  port,
  encryption: fc.oneof(fc.constantFrom(...ENCRYPTIONS), typed),
  validateSsl: fc.oneof(fc.boolean(), fc.constant('yes')),
  connectionName: fc.oneof(typed, fc.string({ minLength: 1, maxLength: 100 })),
  emailAddress: fc.oneof(fc.emailAddress(), typed),
  userName,
  insecureAcknowledged: fc.boolean(),
});

/** Inputs the validator should mostly accept, so the round trip is exercised on many real accounts. */
const plausibleInput = fc.record({
  server: fc.oneof(fc.domain(), fc.ipV4(), fc.ipV6()),
  port: fc.integer({ min: 1, max: 65535 }),
  encryption: fc.constantFrom(...ENCRYPTIONS),
  validateSsl: fc.boolean(),
  connectionName: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
  emailAddress: fc.emailAddress(),
  userName,
  insecureAcknowledged: fc.constant(true),
});

const password = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 1000 })
  .filter((text) => !/[\r\n\0]/.test(text));

describe('the account validator (property-based)', () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-properties-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('never throws, whatever it is given, and answers with settings or field errors', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), accountInput), fc.array(fc.string()), (input, otherNames) => {
        const result = validateAccountSettings(input, otherNames);
        if (result.ok) expect(result.settings.method).toBe('imap');
        else expect(Object.keys(result.fieldErrors).length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts only what it accepts again: validation is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(accountInput, plausibleInput), (input) => {
        const first = validateAccountSettings(input);
        if (!first.ok) return;
        expect(validateAccountSettings(first.settings)).toEqual(first);
      }),
      { numRuns: 1000 },
    );
  });

  it('saves and loads what it accepts unchanged, password included', async () => {
    const cipher = createAesTestCipher();
    let roundTrips = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(plausibleInput, accountInput), password, async (input, secret) => {
        const accepted = validateAccountSettings(input);
        if (!accepted.ok) return;
        roundTrips += 1;
        const folder = mkdtempSync(path.join(directory, 'run-'));
        const saved = await new AccountsService(openAccountsFile(folder), new SecretsService(cipher)).save({
          // Accepted by the rules, so of the request's shape; the generator's type is wider.
          settings: input as SaveAccountRequest['settings'],
          password: secret,
        });
        if (!saved.ok) throw new Error(english(saved.error.message));
        const reloaded = new AccountsService(openAccountsFile(folder), new SecretsService(cipher));
        const [loaded] = reloaded.list();
        const { id, createdAt, updatedAt, hasPassword, passwordNeedsReentry, ...settings } =
          loaded ?? saved.value.account;
        expect({ id, createdAt, updatedAt, hasPassword, passwordNeedsReentry }).toMatchObject({
          id: saved.value.account.id,
          hasPassword: true,
          passwordNeedsReentry: false,
        });
        expect(settings).toEqual(accepted.settings);
        await expect(reloaded.passwordFor(id, accepted.settings)).resolves.toEqual({ ok: true, password: secret });
      }),
      { numRuns: 150 },
    );
    expect(roundTrips).toBeGreaterThan(50);
  });
});
