/**
 * The small interfaces the services need from the outside world. Electron implements them in
 * src/main/platform; tests implement them with real files and real encryption in plain Node.
 */

/** Writes the whole document atomically: electron-store in the app, conf on disk in tests. */
export interface DocumentStore {
  write(document: Record<string, unknown>): void;
}

export type CipherAvailability =
  { available: true; backend: string } | { available: false; backend: string; reason: string };

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
