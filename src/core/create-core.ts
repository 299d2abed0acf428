import type { ConnectionTestReport } from '../shared/connection-test';
import type { DetectionReport } from '../shared/detection';
import { AccountsService } from './accounts/accounts-service';
import type { AccountStorage } from './accounts/open-account-storage';
import { runConnectionTest, type ConnectionTestInput } from './connection-test/run-connection-test';
import { ConnectionTestUseCase } from './connection-test/test-connection';
import { detectSettings, type DetectInput } from './detect/detect-settings';
import type { Cipher, Clock } from './ports';
import { PortablePasswords, type PortablePasswordsOptions } from './portable/portable-passwords';
import { SecretsService } from './secrets';
import { SavedAccountsTester } from './test-all/test-saved-accounts';
import { TransferService } from './transfer/transfer-service';

export interface CoreAdapters {
  /** The accounts file, opened (electron-store in the app, conf on the command line and in tests). */
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
  /** The real connection test and detection; tests narrow the ports detection probes. */
  runConnectionTest?: (input: ConnectionTestInput) => Promise<ConnectionTestReport>;
  detectSettings?: (input: DetectInput) => Promise<DetectionReport>;
}

export interface Core {
  accounts: AccountsService;
  connectionTest: ConnectionTestUseCase;
  testAll: SavedAccountsTester;
  transfer: TransferService;
  detectSettings: (input: DetectInput) => Promise<DetectionReport>;
  /** Portable mode only. */
  portable?: PortablePasswords;
  /** Settles once a key remembered on this machine has unlocked the stick's passwords (at once when installed). */
  started: Promise<void>;
}

/**
 * The one composition root: the app (with Electron's adapters), the command line (plain Node) and the
 * tests build the same use cases from the same wiring, so a feature is wired once.
 */
export function createCore(adapters: CoreAdapters): Core {
  const clock = adapters.clock ?? (() => new Date());
  const run = adapters.runConnectionTest ?? runConnectionTest;
  const portable = adapters.portable
    ? new PortablePasswords({ ...adapters.portable, machineCipher: adapters.machineCipher })
    : undefined;
  const accounts = new AccountsService(
    adapters.storage,
    new SecretsService(portable?.cipher ?? adapters.machineCipher),
    clock,
  );
  return {
    accounts,
    connectionTest: new ConnectionTestUseCase(accounts, run),
    testAll: new SavedAccountsTester(accounts, run),
    transfer: new TransferService(accounts, clock, adapters.application),
    detectSettings: adapters.detectSettings ?? detectSettings,
    ...(portable ? { portable } : {}),
    started: portable ? portable.start(accounts) : Promise.resolve(),
  };
}
