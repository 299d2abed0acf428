import {
  closeSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AccountsService } from '../src/core/accounts/accounts-service';
import { SecretsService } from '../src/core/secrets';
import { accountsFilePath, openAccountsFile } from '../src/core/accounts/accounts-file';
import { createAesTestCipher } from '../test/support/aes-test-cipher';
import { settingsOfView, accountsFileText, storedAccounts } from '../test/support/stored-accounts';
import { compareMedians } from './statistics';
import { CURRENT_SCHEMA_VERSION } from '../src/core/accounts/stored-account';
import { renderMessage } from '../src/shared/i18n';

const SIZES = [10, 100, 1000] as const;
const ROUNDS = 15;
const WARM_UP = 2;

/** The least an atomic save can do: write a temporary file, flush it to disk, rename it over the old one. */
function bareAtomicWrite(file: string, text: string): void {
  const temporary = `${file}.tmp`;
  const descriptor = openSync(temporary, 'w');
  try {
    writeSync(descriptor, text);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  renameSync(temporary, file);
}

export interface StoreFigures {
  saveMedianMs: number;
  loadMedianMs: number;
  baselineSaveMedianMs: number;
  baselineLoadMedianMs: number;
  saveRatio: number;
  loadRatio: number;
}

/**
 * Save: one edited account written through the service (validation, atomic write via conf) versus
 * a bare atomic write (write, fsync, rename) of the same JSON. Load: opening the file as the app starts (checks, schema
 * validation of every account) versus a bare read and JSON.parse.
 */
export async function benchStore(): Promise<Record<string, StoreFigures>> {
  const figures: Record<string, StoreFigures> = {};
  for (const size of SIZES) {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-bench-store-'));
    const baselineFile = path.join(directory, 'baseline.json');
    try {
      const document = { schemaVersion: CURRENT_SCHEMA_VERSION, accounts: storedAccounts(size) };
      writeFileSync(accountsFilePath(directory), accountsFileText(document));
      const service = new AccountsService(openAccountsFile(directory), new SecretsService(createAesTestCipher()));
      const [first] = service.list();
      if (!first) throw new Error('no account to edit');
      const { id, settings } = settingsOfView(first);
      let edit = 0;
      const save = await compareMedians(
        ROUNDS,
        WARM_UP,
        async () => {
          edit += 1;
          const saved = await service.save({ id, settings: { ...settings, connectionName: `Edited ${edit}` } });
          if (!saved.ok) throw new Error(renderMessage('en', saved.error.message));
        },
        () => bareAtomicWrite(baselineFile, accountsFileText(document)),
      );
      const load = await compareMedians(
        ROUNDS,
        WARM_UP,
        () => new AccountsService(openAccountsFile(directory), new SecretsService(createAesTestCipher())).list(),
        () => JSON.parse(readFileSync(baselineFile, 'utf8')) as unknown,
      );
      figures[String(size)] = {
        saveMedianMs: save.medianMs,
        loadMedianMs: load.medianMs,
        baselineSaveMedianMs: save.baselineMedianMs,
        baselineLoadMedianMs: load.baselineMedianMs,
        saveRatio: save.ratio,
        loadRatio: load.ratio,
      };
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }
  return figures;
}
