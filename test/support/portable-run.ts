import { openAccountsFile } from '../../src/core/accounts/accounts-file';
import type { Cipher } from '../../src/core/ports';
import { createCore } from '../../src/core/create-core';
import type { PortablePasswordsOptions } from '../../src/core/portable/portable-passwords';

/** scrypt at a sixty-fourth of the real cost: the tests derive many keys, and the file records the cost anyway. */
export const CHEAP_SCRYPT = { N: 2 ** 14, r: 8, p: 1 } as const;

/**
 * One start of the portable app through createCore, as src/main/index.ts makes it: the accounts file in the stick's
 * data folder, passwords through the portable cipher, the remembered key in this machine's profile.
 */
export async function startPortableRun(
  dataFolder: string,
  machineFolder: string,
  machineCipher: Cipher,
  options: Pick<PortablePasswordsOptions, 'cost'> & { countWrites?: { count: number; fail?: Error } } = {},
) {
  const opened = openAccountsFile(dataFolder);
  const { countWrites } = options;
  // Counts (or fails) writes of the accounts file, to prove what happens in one write.
  const storage = countWrites
    ? {
        ...opened,
        store: {
          write: (document: Record<string, unknown>) => {
            countWrites.count += 1;
            if (countWrites.fail) throw countWrites.fail;
            opened.store.write(document);
          },
        },
      }
    : opened;
  const core = createCore({
    storage,
    machineCipher,
    application: 'Mailbox Connect 0.0.0-test',
    portable: { dataFolder, machineFolder, ...(options.cost ? { cost: options.cost } : {}) },
  });
  await core.started;
  const { portable, accounts } = core;
  if (!portable) throw new Error('createCore made no portable passwords');
  return { storage, core, portable, accounts };
}
