import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';

/** scrypt cost as OWASP recommends for interactive use (N=2^17 would take seconds on a consultant's laptop). */
export const SCRYPT_DEFAULTS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** A known text sealed with the key: a wrong passphrase is told apart from a damaged password entry. */
const CHECK_TEXT = 'mailbox-connect passphrase check';

const base64Of = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/)
    .refine((value) => Buffer.from(value, 'base64').length === bytes);

export const sealedSchema = z.strictObject({
  iv: base64Of(IV_BYTES),
  tag: base64Of(TAG_BYTES),
  data: z
    .string()
    .max(16_384)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
});
export type Sealed = z.infer<typeof sealedSchema>;

export const keyDerivationSchema = z.strictObject({
  kdf: z.literal('scrypt'),
  // Bounded so that a crafted file cannot make import allocate gigabytes or run for minutes.
  N: z.union([z.literal(2 ** 14), z.literal(2 ** 15), z.literal(2 ** 16), z.literal(2 ** 17)]),
  r: z.literal(8),
  p: z.literal(1),
  salt: base64Of(16),
  cipher: z.literal('aes-256-gcm'),
  check: sealedSchema,
});
export type KeyDerivation = z.infer<typeof keyDerivationSchema>;

function deriveKey(passphrase: string, derivation: Pick<KeyDerivation, 'N' | 'r' | 'p' | 'salt'>): Promise<Buffer> {
  const { N, r, p } = derivation;
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      Buffer.from(derivation.salt, 'base64'),
      KEY_BYTES,
      { N, r, p, maxmem: 256 * N * r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

function seal(key: Buffer, plainText: string): Sealed {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** Undefined when the key does not open it: wrong passphrase, or the entry was altered. */
function open(key: Buffer, sealed: Sealed): string | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

export interface PassphraseSealer {
  derivation: KeyDerivation;
  seal: (plainText: string) => Sealed;
}

/** A fresh salt and key for one export. */
export async function createSealer(passphrase: string): Promise<PassphraseSealer> {
  const base = { kdf: 'scrypt' as const, ...SCRYPT_DEFAULTS, salt: randomBytes(16).toString('base64') };
  const key = await deriveKey(passphrase, base);
  return {
    derivation: { ...base, cipher: 'aes-256-gcm', check: seal(key, CHECK_TEXT) },
    seal: (plainText) => seal(key, plainText),
  };
}

/** The opener for a file's passwords, or undefined when the passphrase is wrong. */
export async function createOpener(
  passphrase: string,
  derivation: KeyDerivation,
): Promise<((sealed: Sealed) => string | undefined) | undefined> {
  const key = await deriveKey(passphrase, derivation);
  const check = open(key, derivation.check);
  // GCM authenticated the text: a key that opens it is the passphrase's.
  if (check !== CHECK_TEXT) return undefined;
  return (sealed) => open(key, sealed);
}
