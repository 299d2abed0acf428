import { existsSync } from 'node:fs';
import { openAccountsFile } from '../core/accounts/accounts-file';
import { createCore, type Core } from '../core/create-core';
import type { Cipher } from '../core/ports';
import { keyringPath, readKeyring } from '../core/portable/keyring-file';
import { message } from '../shared/i18n/message';
import { renderStorageStatus } from '../shared/storage-status';
import { CommandFailure, optionalSecretFromEnv, UsageError, type CliIo } from './cli-options';
import { english } from './english';

export const PORTABLE_PASSPHRASE_OPTION = '--portable-passphrase-env';

/** Plain Node has no safeStorage: passwords sealed for a Windows user are neither read nor written here. */
const noOsCipher: Cipher = {
  availability: async () => ({
    available: false,
    backend: 'none',
    reason: message('cipher.commandLine'),
  }),
  encrypt: async () => {
    throw new Error('No protected storage on the command line.');
  },
  decrypt: async () => {
    throw new Error('No protected storage on the command line.');
  },
};

export interface OpenedDataFolder {
  core: Core;
  /** A portable stick's data folder: its passwords are sealed with the portable passphrase. */
  portable: boolean;
  /** Portable, and no passphrase was given: the passwords are there but cannot be used. */
  locked: boolean;
}

/**
 * Export and test-all read a folder that must be there: a mistyped one must not pass as "no
 * accounts" (import creates its folder). Checked before the lock, which would create it.
 */
export function requireExistingFolder(dataDir: string): void {
  if (!existsSync(dataDir)) throw new UsageError(`--data-dir: ${dataDir} does not exist.`);
}

/** Told once where a command would use the stick's passwords but was given no passphrase. */
export function lockedHint(dataDir: string): string {
  return `The passwords in ${dataDir} are sealed with the stick's portable passphrase: give ${PORTABLE_PASSPHRASE_OPTION} VAR to use them.\n`;
}

/** Told once where a command would use an installed app's passwords, which only the app can open. */
export function sealedForWindowsHint(dataDir: string): string {
  return `The passwords in ${dataDir} are sealed by Windows for the app, which the command line cannot open: test these accounts in the app (Test all), or export them there with a passphrase and run test-all --file.\n`;
}

/**
 * The accounts of a data folder as the app would open them. A folder with a portable key file
 * (portable-key.json) is a stick's: with `--portable-passphrase-env` its passwords open with the
 * passphrase the app set (the key is derived here and never kept; nothing is remembered on this
 * machine); without it they stay locked, untouched. A wrong passphrase ends the command, exit 1.
 */
export async function openDataFolder(
  dataDir: string,
  io: CliIo,
  portableVariable: string | undefined,
): Promise<OpenedDataFolder> {
  const passphrase = optionalSecretFromEnv(io.env, portableVariable, PORTABLE_PASSPHRASE_OPTION);
  const keyFile = keyringPath(dataDir);
  const portable = (await readKeyring(keyFile)).kind !== 'missing';
  if (!portable && passphrase !== undefined)
    throw new UsageError(
      `${PORTABLE_PASSPHRASE_OPTION}: ${dataDir} has no portable key file (${keyFile}): it is not the data folder of a portable stick, or no portable passphrase was set there in the app yet.`,
    );
  const storage = openAccountsFile(dataDir);
  for (const notice of renderStorageStatus(storage.status, 'en').notices) io.stderr(`${notice.message}\n`);
  const core = createCore({
    storage,
    machineCipher: noOsCipher,
    application: 'Mailbox Connect CLI',
    // No machine folder: the command line neither reads nor leaves a remembered key.
    ...(portable ? { portable: { dataFolder: dataDir } } : {}),
  });
  await core.started;
  if (!core.portable) return { core, portable, locked: false };
  if (passphrase === undefined) return { core, portable, locked: true };
  const unlocked = await core.portable.unlock(passphrase, false);
  if (!unlocked.ok) {
    const code = unlocked.error.code;
    const reason = english(unlocked.error.message);
    if (code === 'VALIDATION') throw new UsageError(`${PORTABLE_PASSPHRASE_OPTION}: ${reason}`);
    throw new CommandFailure(code === 'WRONG_PASSPHRASE' ? `${PORTABLE_PASSPHRASE_OPTION}: ${reason}` : reason);
  }
  return { core, portable, locked: false };
}
