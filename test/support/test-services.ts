import { createIpcHandlers } from '../../src/main/ipc/handlers';
import { AccountsService } from '../../src/core/accounts/accounts-service';
import { collectAppInfo } from '../../src/core/app-info';
import { runConnectionTest } from '../../src/core/connection-test/run-connection-test';
import { SecretsService } from '../../src/core/secrets';
import { TransferService } from '../../src/core/transfer/transfer-service';
import { detectSettings, type DetectInput } from '../../src/core/detect/detect-settings';
import { createAesTestCipher } from './aes-test-cipher';
import { openConfAccountStorage } from '../../src/core/accounts/conf-account-storage';
import type { Cipher } from '../../src/core/ports';
import { PortablePasswords, type PortablePasswordsOptions } from '../../src/core/portable/portable-passwords';

/**
 * The main process's services as src/main/index.ts wires them, over conf in `directory`, a real
 * AES cipher and the real connection test; only the clipboard is a list the test can read.
 */
export function createTestServices(
  directory: string,
  detectPorts?: DetectInput['ports'],
  portable?: { machineFolder: string; machineCipher?: Cipher; cost?: PortablePasswordsOptions['cost'] },
) {
  // Where "Export" saves: the save dialog's answer, which a test sets (undefined = cancelled).
  const exportTarget: { path: string | undefined } = { path: undefined };
  // Which file "Import" opens: the open dialog's answer, which a test sets (undefined = cancelled).
  const importSource: { path: string | undefined } = { path: undefined };
  const storage = openConfAccountStorage(directory);
  const machineCipher = portable?.machineCipher ?? createAesTestCipher();
  // A portable start: passwords sealed with the stick's passphrase, as src/main/index.ts wires it.
  const portablePasswords = portable
    ? new PortablePasswords({
        dataFolder: directory,
        machineFolder: portable.machineFolder,
        machineCipher,
        ...(portable.cost ? { cost: portable.cost } : {}),
      })
    : undefined;
  const accounts = new AccountsService(storage, new SecretsService(portablePasswords?.cipher ?? machineCipher));
  const clipboard: string[] = [];
  const transfer = new TransferService(accounts, () => new Date(), 'Mailbox Connect 0.0.0-test');
  const handlers = createIpcHandlers({
    accounts,
    storageStatus: storage.status,
    appInfo: () => collectAppInfo('0.0.0-test'),
    runConnectionTest,
    // The app probes 993 and 143; the tests' Dovecot listens elsewhere.
    detectSettings: (input) => detectSettings({ ...input, ...(detectPorts ? { ports: detectPorts } : {}) }),
    writeClipboard: (text) => void clipboard.push(text),
    transfer,
    chooseExportPath: async () => exportTarget.path,
    chooseImportPath: async () => importSource.path,
    ...(portablePasswords ? { portable: portablePasswords } : {}),
  });
  // What index.ts awaits before the window opens: a key remembered on this machine unlocks.
  const started = portablePasswords ? portablePasswords.start(accounts) : Promise.resolve();
  return { storage, accounts, handlers, clipboard, transfer, exportTarget, importSource, started };
}
