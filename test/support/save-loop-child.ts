// Child process of the kill-during-save test: saves one account over and over through the app's own
// storage path (openAccountStorage over conf) and reports each save on stdout, synchronously, so the
// parent knows which states may be on disk when it kills this process.
import { writeSync } from 'node:fs';
import { AccountsService } from '../../src/main/services/accounts/accounts-service';
import { SecretsService } from '../../src/main/services/secrets';
import { createAesTestCipher } from './aes-test-cipher';
import { openConfAccountStorage } from '../../src/main/services/accounts/conf-account-storage';
import { settingsOfView } from './stored-accounts';

const MAX_SAVES = 5000;
const [directory, firstState] = process.argv.slice(2);
if (!directory || !firstState) throw new Error('usage: save-loop-child <directory> <first-state>');

const service = new AccountsService(openConfAccountStorage(directory), new SecretsService(createAesTestCipher()));
const [looped] = service.list();
if (!looped) throw new Error('the parent prepares the accounts file');

for (let state = Number(firstState); state < Number(firstState) + MAX_SAVES; state += 1) {
  writeSync(1, `writing ${state}\n`);
  const { id, settings } = settingsOfView(looped);
  const saved = await service.save({
    id,
    settings: { ...settings, connectionName: `State ${state}` },
    password: `secret ${state}`,
  });
  if (!saved.ok) throw new Error(saved.error.message);
  writeSync(1, `saved ${state}\n`);
}
