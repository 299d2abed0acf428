import { AccountsService } from '../../src/core/accounts/accounts-service';
import { openConfAccountStorage } from '../../src/core/accounts/conf-account-storage';
import type { Cipher } from '../../src/core/ports';
import { PortablePasswords, type PortablePasswordsOptions } from '../../src/core/portable/portable-passwords';
import { SecretsService } from '../../src/core/secrets';

/** scrypt at a sixty-fourth of the real cost: the tests derive many keys, and the file records the cost anyway. */
export const CHEAP_SCRYPT = { N: 2 ** 14, r: 8, p: 1 } as const;

/**
 * One start of the portable app as src/main/index.ts wires it: the accounts file in the stick's
 * data folder, passwords through the portable cipher, the remembered key in this machine's profile.
 */
export async function startPortableRun(
  dataFolder: string,
  machineFolder: string,
  machineCipher: Cipher,
  options: Pick<PortablePasswordsOptions, 'cost'> & { countWrites?: { count: number; fail?: Error } } = {},
) {
  const opened = openConfAccountStorage(dataFolder);
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
  const portable = new PortablePasswords({
    dataFolder,
    machineFolder,
    machineCipher,
    ...(options.cost ? { cost: options.cost } : {}),
  });
  const accounts = new AccountsService(storage, new SecretsService(portable.cipher));
  await portable.start(accounts);
  return { storage, portable, accounts };
}
