import type { ConnectionTestReport } from '../shared/connection-test';
import type { DetectionReport } from '../shared/detection';
import type { DetectRequest } from '../shared/ipc';
import { succeeded, type Result } from '../shared/result';
import { AccountsService } from './accounts/accounts-service';
import type { AccountStorage } from './accounts/open-account-storage';
import { runConnectionTest, type ConnectionTestInput } from './connection-test/run-connection-test';
import { runMethodTest } from './connection-test/run-method-test';
import { secretMasking } from './connection-test/secret-masking';
import type { GraphTestInput } from './graph/graph-test-input';
import { runGraphTest } from './graph/run-graph-test';
import { ConnectionTestUseCase } from './connection-test/test-connection';
import { detectSettings, type DetectInput } from './detect/detect-settings';
import type { Cipher, Clock } from './ports';
import { INSTALLED_PASSWORDS, type PassphraseUseCases } from './portable/installed-passwords';
import { PortablePasswords, type PortablePasswordsOptions } from './portable/portable-passwords';
import { SecretsService } from './secrets';
import { SavedAccountsTester } from './test-all/test-saved-accounts';
import { FileImport } from './transfer/file-import';
import { TransferService } from './transfer/transfer-service';
import { passwordMasking } from './connection-test/without-password';

export interface CoreAdapters {
  /** The accounts file, opened (openAccountsFile in src/core/accounts/accounts-file.ts, everywhere). */
  storage: AccountStorage;
  /** This machine's protection of secrets: safeStorage in the app, none on the command line. */
  machineCipher: Cipher;
  /**
   * A portable stick: passwords are sealed with the portable passphrase, its key file in `dataFolder`;
   * a key may be remembered in `machineFolder` (none on the command line).
   */
  portable?: Omit<PortablePasswordsOptions, 'machineCipher'>;
  /** Who wrote an export file: "Mailbox Connect 1.2.3", "Mailbox Connect CLI". */
  application: string;
  clock?: Clock;
  /** The real connection tests (IMAP, Graph) and detection; tests narrow the ports detection probes. */
  runConnectionTest?: (input: ConnectionTestInput) => Promise<ConnectionTestReport>;
  runGraphTest?: (input: GraphTestInput) => Promise<ConnectionTestReport>;
  detectSettings?: (input: DetectInput) => Promise<DetectionReport>;
}

export interface Core {
  accounts: AccountsService;
  connectionTest: ConnectionTestUseCase;
  testAll: SavedAccountsTester;
  transfer: TransferService;
  /** Import from a file main opened (the window's way; the CLI reads its file itself). */
  fileImport: FileImport;
  /** Detection of the server's options from what the form has: the server, and a CA file if any. */
  detect: (request: DetectRequest) => Promise<Result<DetectionReport>>;
  /** Stops whatever test runs, the single test or Test all (Esc, Cancel); false when none ran. */
  cancelTests: () => boolean;
  /** Portable mode only. */
  portable?: PortablePasswords;
  /** The passphrase use cases: the stick's, or the installed app's, which answer NOT_PORTABLE. */
  passphrase: PassphraseUseCases;
  /** Settles once a key remembered on this machine has unlocked the stick's passwords (at once when installed). */
  started: Promise<void>;
}

/**
 * The one composition root: the app (with Electron's adapters), the command line (plain Node) and the
 * tests build the same use cases from the same wiring, so a feature is wired once.
 */
export function createCore(adapters: CoreAdapters): Core {
  const clock = adapters.clock ?? (() => new Date());
  // One guard for the single test, Test all and the CLI alike: no report carries the password or
  // the token (passwordMasking), nor the client secret or any form of the private key (secretMasking).
  const ports = {
    runConnectionTest: passwordMasking(adapters.runConnectionTest ?? runConnectionTest),
    runGraphTest: adapters.runGraphTest ?? runGraphTest,
  };
  const run = secretMasking((input) => runMethodTest(input, ports));
  const portable = adapters.portable
    ? new PortablePasswords({ ...adapters.portable, machineCipher: adapters.machineCipher })
    : undefined;
  const accounts = new AccountsService(
    adapters.storage,
    new SecretsService(portable?.cipher ?? adapters.machineCipher),
    clock,
  );
  const detect = adapters.detectSettings ?? detectSettings;
  const connectionTest = new ConnectionTestUseCase(accounts, run, clock);
  const testAll = new SavedAccountsTester(accounts, run);
  const transfer = new TransferService(accounts, clock, adapters.application);
  return {
    accounts,
    connectionTest,
    testAll,
    transfer,
    fileImport: new FileImport(transfer),
    detect: async ({ server, emailAddress, caPem, timeoutMs }) =>
      succeeded(
        await detect({
          server: server.trim(),
          ...(emailAddress?.trim() ? { emailAddress: emailAddress.trim() } : {}),
          ...(caPem ? { caPem } : {}),
          ...(timeoutMs ? { timeoutMs } : {}),
        }),
      ),
    cancelTests: () => {
      // Both, not the first that answers: Esc means "stop", whatever runs.
      const cancelledAll = testAll.cancel();
      const cancelledOne = connectionTest.cancel();
      return cancelledAll || cancelledOne;
    },
    ...(portable ? { portable } : {}),
    passphrase: portable ?? INSTALLED_PASSWORDS,
    started: portable ? portable.start(accounts) : Promise.resolve(),
  };
}
