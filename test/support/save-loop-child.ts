// Child process of the kill-during-save test: saves one account over and over through the app's own
// storage path (AccountsService over openAccountStorage over conf) and reports, synchronously on stdout,
// `writing N` right before the storage write of state N and `saved N` right after it. A line written
// with writeSync is in the pipe before the next statement runs, so when the parent kills this process,
// a last line `writing N` means the kill landed inside the write itself.
import { writeSync } from 'node:fs';
import { AccountsService } from '../../src/core/accounts/accounts-service';
import { openAccountsFile } from '../../src/core/accounts/accounts-file';
import type { DocumentStore } from '../../src/core/ports';
import { SecretsService } from '../../src/core/secrets';
import { renderMessage } from '../../src/shared/i18n';
import { createAesTestCipher } from './aes-test-cipher';
import { settingsOfView } from './stored-accounts';

// A bound, so a child the parent fails to kill still ends (the parent then fails the round).
const MAX_SAVES = 20_000;
const [directory, firstState, saves = String(MAX_SAVES)] = process.argv.slice(2);
if (!directory || !firstState) throw new Error('usage: save-loop-child <directory> <first-state> [<saves>]');

const storage = openAccountsFile(directory);
let state = Number(firstState);
const reportingStore: DocumentStore = {
  write(document) {
    writeSync(1, `writing ${state}\n`);
    storage.store.write(document);
    writeSync(1, `saved ${state}\n`);
  },
};

const service = new AccountsService(
  { accounts: storage.accounts, store: reportingStore },
  new SecretsService(createAesTestCipher()),
);
const [looped] = service.list();
if (!looped) throw new Error('the parent prepares the accounts file');
const { id, settings } = settingsOfView(looped);

for (const last = state + Math.min(Number(saves), MAX_SAVES); state < last; state += 1) {
  const saved = await service.save({
    id,
    settings: { ...settings, connectionName: `State ${state}` },
    password: `secret ${state}`,
  });
  if (!saved.ok) throw new Error(renderMessage('en', saved.error.message));
}
