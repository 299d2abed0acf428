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

/** Encrypts one secret at a time (safeStorage in the app). */
export interface Cipher {
  availability(): CipherAvailability;
  encrypt(plainText: string): Promise<Buffer>;
  decrypt(cipherText: Buffer): Promise<string>;
}

export type Clock = () => Date;
