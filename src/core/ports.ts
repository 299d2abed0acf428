import type { Message } from '../shared/i18n/message';

/**
 * The small interfaces the services need from the outside world. Electron implements them in
 * src/main/platform; tests implement them with real files and real encryption in plain Node.
 */

/**
 * Writes the whole document atomically (conf, src/core/accounts/accounts-file.ts). A failed
 * write throws; a StoreWriteError says why in the user's words, any other error with its own text.
 */
export interface DocumentStore {
  write(document: Record<string, unknown>): void;
}

/** A write refused or failed, and why, as a message translated where it is shown. */
export class StoreWriteError extends Error {
  override name = 'StoreWriteError';
  /** The file system's code (EACCES, ENOSPC, …), when it gave one: kept for callers that look at it. */
  readonly code: string | undefined;

  /** `reason`: what to tell the user, translated where it is shown; the error's own text is for logs. */
  constructor(
    readonly reason: Message,
    options: { cause?: unknown; code?: string } = {},
  ) {
    super(`the document was not written${options.code ? ` (${options.code})` : ''}`, { cause: options.cause });
    this.code = options.code;
  }
}

/** `reason`: why passwords cannot be stored here, as the user is told it. */
export type CipherAvailability =
  { available: true; backend: string } | { available: false; backend: string; reason: Message };

export interface Decrypted {
  plainText: string;
  /** The OS rotated its key or offers a stronger one: encrypt again and store the new cipher text. */
  shouldReEncrypt: boolean;
}

/** Encrypts one secret at a time (safeStorage's async API in the app). */
export interface Cipher {
  availability(): Promise<CipherAvailability>;
  encrypt(plainText: string): Promise<Buffer>;
  decrypt(cipherText: Buffer): Promise<Decrypted>;
  /**
   * Only a cipher keyed by a passphrase has it (portable mode): true until the passphrase is entered.
   * Stored secrets are then neither usable nor lost, and the list says "locked", not "enter again".
   */
  isLocked?(): boolean;
}

export type Clock = () => Date;
