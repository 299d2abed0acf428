import { literal, message, type Message } from '../../shared/i18n/message';
import {
  portablePassphraseProblem,
  type PortablePasswordsChange,
  type PortablePasswordsStatus,
} from '../../shared/portable';
import { failed, succeeded, type Result } from '../../shared/result';
import type { AccountsService } from '../accounts/accounts-service';
import type { Cipher } from '../ports';
import {
  KEYRING_FORMAT,
  KEYRING_VERSION,
  keyringPath,
  readKeyring,
  writeKeyring,
  type KeyEntry,
  type Keyring,
  type KeyringRead,
} from './keyring-file';
import { createKeyEntry, keyIdOf, keyMatches, unlockKeyEntry, type PortableKey } from './passphrase-key';
import { keyIdOfCipherText, PortableKeyCipher } from './portable-key-cipher';
import { RememberedKey, RememberRefusedError } from './remembered-key';
import { errorCode } from '../error-code';

export interface PortablePasswordsOptions {
  /** The stick's data folder: the key file travels with the accounts file. */
  dataFolder: string;
  /**
   * This machine's profile of the stick (userData): where "Remember on this computer" keeps the key.
   * None on the command line: it neither reads nor leaves a key on the machine it runs on.
   */
  machineFolder?: string;
  /** This machine's safeStorage: seals the remembered key, and opens passwords of an earlier version once. */
  machineCipher: Cipher;
  /** scrypt cost of new keys; the file records it, so an older stick with another cost still opens. */
  cost?: Pick<KeyEntry, 'N' | 'r' | 'p'>;
}

const keyringOf = (key: KeyEntry, next?: KeyEntry): Keyring => ({
  format: KEYRING_FORMAT,
  version: KEYRING_VERSION,
  key,
  ...(next ? { next } : {}),
});

/**
 * The portable passphrase: set on first use, entered once per run (or remembered on this machine),
 * changed with every stored password sealed again in one write. Until it is entered the cipher is
 * locked: the accounts list, their passwords are neither used nor lost. One operation at a time.
 */
export class PortablePasswords {
  readonly cipher: PortableKeyCipher;
  private readonly keyringFile: string;
  private readonly rememberedKey: RememberedKey | undefined;
  private accounts: AccountsService | undefined;
  private remembered = false;
  /** Whether a key file exists, as last read: decides the reason a locked cipher gives. */
  private keyringSet = true;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: PortablePasswordsOptions) {
    this.keyringFile = keyringPath(options.dataFolder);
    this.rememberedKey =
      options.machineFolder === undefined ? undefined : new RememberedKey(options.machineFolder, options.machineCipher);
    this.cipher = new PortableKeyCipher({
      lockedReason: () => message(this.keyringSet ? 'portable.locked.reason' : 'portable.notSet.reason'),
      earlier: options.machineCipher,
    });
  }

  /** At start, once the accounts are open: a key remembered here unlocks, if it is still the stick's key. */
  start(accounts: AccountsService): Promise<void> {
    this.accounts = accounts;
    return this.exclusive(async () => {
      const read = await this.readKeyring();
      if (read.kind !== 'found' || !this.rememberedKey) return;
      const remembered = await this.rememberedKey.read();
      if (remembered.kind === 'none' || remembered.kind === 'unavailable') return;
      const entry = read.keyring.key;
      if (
        remembered.kind === 'found' &&
        remembered.key.id === keyIdOf(entry) &&
        keyMatches(remembered.key.key, entry)
      ) {
        this.cipher.use(remembered.key);
        this.remembered = true;
        return;
      }
      // Sealed by another user, damaged, or a key of before a change of passphrase: never used.
      await this.rememberedKey.forget().catch(() => undefined);
    });
  }

  status(): Promise<PortablePasswordsStatus> {
    return this.exclusive(() => this.currentStatus());
  }

  /** First use: no key file yet. Passwords an earlier version sealed on this machine are sealed with the new key. */
  setPassphrase(passphrase: string, remember: boolean): Promise<Result<PortablePasswordsChange>> {
    return this.exclusive(async () => {
      const problem = portablePassphraseProblem(passphrase, 'new');
      if (problem) return failed('VALIDATION', problem);
      const read = await this.readKeyring();
      if (read.kind === 'damaged') return this.damaged(read);
      if (read.kind === 'found') return failed('ALREADY_SET', message('portable.alreadySet'));
      const { entry, key } = await createKeyEntry(passphrase, this.options.cost);
      try {
        await writeKeyring(this.keyringFile, keyringOf(entry));
      } catch (error) {
        return failed('STORAGE', message('portable.writeFailed', { file: this.keyringFile, reason: errorCode(error) }));
      }
      this.keyringSet = true;
      this.cipher.use(key);
      // Best effort: what is not moved now still opens through safeStorage here and is moved when used.
      await this.accountsService().resealSecrets(this.resealerTo(key), () => undefined);
      return this.changed(remember ? await this.remember(key) : undefined);
    });
  }

  unlock(passphrase: string, remember: boolean): Promise<Result<PortablePasswordsChange>> {
    return this.exclusive(async () => {
      const problem = portablePassphraseProblem(passphrase, 'existing');
      if (problem) return failed('VALIDATION', problem);
      const read = await this.readKeyring();
      if (read.kind === 'damaged') return this.damaged(read);
      if (read.kind === 'missing') return failed('NOT_SET', message('portable.notSet'));
      const key = await unlockKeyEntry(passphrase, read.keyring.key);
      if (!key) return failed('WRONG_PASSPHRASE', message('portable.wrongPassphrase'));
      this.cipher.use(key);
      return this.changed(remember ? await this.remember(key) : undefined);
    });
  }

  /**
   * The old passphrase proves the right to change it; then every password is sealed with the new key
   * in one write of the accounts file. The key file names the new key before that write, and the
   * passwords name their key, so after a failure between the writes the next start knows which is in use.
   */
  change(oldPassphrase: string, newPassphrase: string): Promise<Result<PortablePasswordsChange>> {
    return this.exclusive(async () => {
      const problem = portablePassphraseProblem(oldPassphrase, 'existing');
      if (problem) return failed('VALIDATION', problem);
      const newProblem = portablePassphraseProblem(newPassphrase, 'new');
      if (newProblem) return failed('VALIDATION', newProblem);
      const read = await this.readKeyring();
      if (read.kind === 'damaged') return this.damaged(read);
      if (read.kind === 'missing') return failed('NOT_SET', message('portable.notSet'));
      const current = read.keyring.key;
      const oldKey = await unlockKeyEntry(oldPassphrase, current);
      if (!oldKey) return failed('WRONG_PASSPHRASE', message('portable.wrongPassphrase'));
      this.cipher.use(oldKey);
      const { entry, key } = await createKeyEntry(newPassphrase, this.options.cost);
      const reseal = this.resealerTo(key);
      const accounts = this.accountsService();
      const anyToMove = (
        await Promise.all(
          accounts.stored().map((account) => (account.secret ? reseal(account.secret.cipherText) : undefined)),
        )
      ).some((cipherText) => cipherText !== undefined);
      const written = anyToMove
        ? await this.changeWithPasswords(current, entry, key, reseal)
        : await this.changeKeyOnly(entry, key, reseal);
      if (written) return written;
      return this.changed(this.remembered ? await this.remember(key) : undefined);
    });
  }

  /** Removes the key kept on this computer; the passwords stay unlocked until the app quits. */
  forget(): Promise<Result<PortablePasswordsChange>> {
    return this.exclusive(async () => {
      const rememberedKey = this.rememberedKey;
      try {
        await rememberedKey?.forget();
      } catch (error) {
        const file = rememberedKey?.file ?? '';
        return failed('STORAGE', message('portable.forgetFailed', { file, reason: errorCode(error) }));
      }
      this.remembered = false;
      return this.changed(undefined);
    });
  }

  /** No password is sealed with the old key (or none can be opened): the key file alone changes, in one write. */
  private async changeKeyOnly(
    entry: KeyEntry,
    key: PortableKey,
    reseal: (cipherText: string) => Promise<string | undefined>,
  ): Promise<Result<never> | undefined> {
    try {
      await writeKeyring(this.keyringFile, keyringOf(entry));
    } catch (error) {
      return failed('STORAGE', message('portable.writeFailed', { file: this.keyringFile, reason: errorCode(error) }));
    }
    this.cipher.use(key);
    // A password saved while the file was written was sealed with the old key: move it too.
    await this.accountsService().resealSecrets(reseal, () => undefined);
    return undefined;
  }

  private async changeWithPasswords(
    current: KeyEntry,
    entry: KeyEntry,
    key: PortableKey,
    reseal: (cipherText: string) => Promise<string | undefined>,
  ): Promise<Result<never> | undefined> {
    try {
      await writeKeyring(this.keyringFile, keyringOf(current, entry));
    } catch (error) {
      return failed('STORAGE', message('portable.writeFailed', { file: this.keyringFile, reason: errorCode(error) }));
    }
    const resealed = await this.accountsService().resealSecrets(reseal, () => this.cipher.use(key));
    if (!resealed.ok) {
      // The passwords are as they were, under the old key: so is the key file (else the next start sees that).
      await writeKeyring(this.keyringFile, keyringOf(current)).catch(() => undefined);
      return failed('STORAGE', message('portable.changeFailed', { reason: resealed.error.message }));
    }
    // If this fails, the passwords name the new key, and the next start settles the file on it.
    await writeKeyring(this.keyringFile, keyringOf(entry)).catch(() => undefined);
    return undefined;
  }

  private resealerTo(key: PortableKey): (cipherText: string) => Promise<string | undefined> {
    const made = new Map<string, Promise<string | undefined>>();
    return (cipherText) => {
      let result = made.get(cipherText);
      if (!result) {
        result = this.cipher
          .resealWith(key, Buffer.from(cipherText, 'base64'))
          .then((sealed) => sealed?.toString('base64'));
        made.set(cipherText, result);
      }
      return result;
    };
  }

  private async remember(key: PortableKey): Promise<Message | undefined> {
    const rememberedKey = this.rememberedKey;
    // Only the command line has no machine folder, and it never asks to remember.
    if (!rememberedKey) throw new Error('PortablePasswords: no machine folder to remember the key in');
    try {
      await rememberedKey.save(key);
      this.remembered = true;
      return undefined;
    } catch (error) {
      this.remembered = false;
      // An old remembered key would not match the key file any more; it must not linger either way.
      await rememberedKey.forget().catch(() => undefined);
      // The machine cipher's refusal is ours to translate; anything else is the file system's own words.
      const reason =
        error instanceof RememberRefusedError
          ? error.reason
          : literal(error instanceof Error ? error.message : String(error));
      return message('portable.rememberFailed', { reason });
    }
  }

  /**
   * The key file; a change of passphrase interrupted between its two writes is settled here by the
   * key the stored passwords name (all of them moved in one write, or none did).
   */
  private async readKeyring(): Promise<KeyringRead> {
    const read = await readKeyring(this.keyringFile);
    this.keyringSet = read.kind !== 'missing';
    if (read.kind !== 'found' || !read.keyring.next) return read;
    const { key, next } = read.keyring;
    const nextId = keyIdOf(next);
    const moved = this.accountsService()
      .stored()
      .some(
        (account) => account.secret && keyIdOfCipherText(Buffer.from(account.secret.cipherText, 'base64')) === nextId,
      );
    const keyring = keyringOf(moved ? next : key);
    // Best effort: the same decision is made again from the same files next time.
    await writeKeyring(this.keyringFile, keyring).catch(() => undefined);
    return { kind: 'found', keyring };
  }

  private async currentStatus(): Promise<PortablePasswordsStatus> {
    if (!this.cipher.isLocked()) return { portable: true, state: 'unlocked', remembered: this.remembered };
    const read = await this.readKeyring();
    if (read.kind === 'missing') return { portable: true, state: 'not-set' };
    if (read.kind === 'damaged') return { portable: true, state: 'damaged', problem: this.damagedText(read) };
    return { portable: true, state: 'locked' };
  }

  private async changed(notice: Message | undefined): Promise<Result<PortablePasswordsChange>> {
    const status = await this.currentStatus();
    return succeeded(notice ? { status, notice } : { status });
  }

  private damagedText(read: Extract<KeyringRead, { kind: 'damaged' }>): Message {
    return message('portable.keyring.damaged', { file: this.keyringFile, problem: read.problem });
  }

  private damaged(read: Extract<KeyringRead, { kind: 'damaged' }>): Result<never> {
    return failed('INVALID_FILE', this.damagedText(read));
  }

  private accountsService(): AccountsService {
    if (!this.accounts) throw new Error('PortablePasswords.start() was not called');
    return this.accounts;
  }

  private exclusive<T>(run: () => Promise<T>): Promise<T> {
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
