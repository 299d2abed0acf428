import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';
import { z } from 'zod';

/** scrypt cost as OWASP recommends for interactive use (N=2^17 would take seconds on a consultant's laptop). */
export const SCRYPT_DEFAULTS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const MAC_BYTES = 32;
/** A known text sealed with the key: a wrong passphrase is told apart from an altered file. */
const CHECK_TEXT = 'mailbox-connect passphrase check';
/**
 * One scrypt run, then HKDF to two keys: the MAC key is not the encryption key, so neither use can
 * be turned into the other. The labels name the format version they belong to.
 */
const ENCRYPTION_KEY_INFO = 'mailbox-connect-accounts v2 encryption key';
const MAC_KEY_INFO = 'mailbox-connect-accounts v2 document mac key';

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

/** The document MAC: HMAC-SHA256, base64. */
export const macSchema = base64Of(MAC_BYTES);

/** Also the portable keyring's (services/portable/keyring-file.ts): one set of bounds for every passphrase file. */
export const scryptParameters = {
  kdf: z.literal('scrypt'),
  // Bounded so that a crafted file cannot make import allocate gigabytes or run for minutes.
  N: z.union([z.literal(2 ** 14), z.literal(2 ** 15), z.literal(2 ** 16), z.literal(2 ** 17)]),
  r: z.literal(8),
  p: z.literal(1),
  salt: base64Of(16),
};

/** Version 1: one scrypt key, GCM without associated data, no MAC. Read for its shape only. */
export const keyDerivationV1Schema = z.strictObject({
  ...scryptParameters,
  cipher: z.literal('aes-256-gcm'),
  check: sealedSchema,
});

/** Version 2: everything needed to derive both keys again is recorded in the file. */
export const keyDerivationSchema = z.strictObject({
  ...scryptParameters,
  keys: z.literal('hkdf-sha256'),
  cipher: z.literal('aes-256-gcm'),
  mac: z.literal('hmac-sha256'),
  check: sealedSchema,
});
export type KeyDerivation = z.infer<typeof keyDerivationSchema>;

export function scryptKey(
  passphrase: string,
  derivation: Pick<KeyDerivation, 'N' | 'r' | 'p' | 'salt'>,
): Promise<Buffer> {
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

interface Keys {
  encryption: Buffer;
  mac: Buffer;
}

async function deriveKeys(
  passphrase: string,
  derivation: Pick<KeyDerivation, 'N' | 'r' | 'p' | 'salt'>,
): Promise<Keys> {
  const secret = await scryptKey(passphrase, derivation);
  const salt = Buffer.from(derivation.salt, 'base64');
  const expand = (info: string) => Buffer.from(hkdfSync('sha256', secret, salt, info, KEY_BYTES));
  return { encryption: expand(ENCRYPTION_KEY_INFO), mac: expand(MAC_KEY_INFO) };
}

/** `associated` is authenticated with the text but not stored in it: opening needs the same text. */
export function seal(key: Buffer, plainText: string, associated: string): Sealed {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associated, 'utf8'));
  const data = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** Undefined when the key does not open it: wrong passphrase, or the entry or its associated text was altered. */
export function open(key: Buffer, sealed: Sealed, associated: string): string | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(associated, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

function macOf(key: Buffer, text: string): Buffer {
  return createHmac('sha256', key).update(text, 'utf8').digest();
}

export interface PassphraseSealer {
  derivation: KeyDerivation;
  /** Seals a password with the settings it belongs to as associated data. */
  seal: (plainText: string, associated: string) => Sealed;
  /** The MAC of the document's canonical text, base64. */
  mac: (text: string) => string;
}

/** A fresh salt and keys for one export. */
export async function createSealer(passphrase: string): Promise<PassphraseSealer> {
  const base = { kdf: 'scrypt' as const, ...SCRYPT_DEFAULTS, salt: randomBytes(16).toString('base64') };
  const keys = await deriveKeys(passphrase, base);
  return {
    derivation: {
      ...base,
      keys: 'hkdf-sha256',
      cipher: 'aes-256-gcm',
      mac: 'hmac-sha256',
      check: seal(keys.encryption, CHECK_TEXT, CHECK_TEXT),
    },
    seal: (plainText, associated) => seal(keys.encryption, plainText, associated),
    mac: (text) => macOf(keys.mac, text).toString('base64'),
  };
}

export interface PassphraseOpener {
  /** Undefined when the entry or the settings it was sealed with were altered. */
  open: (sealed: Sealed, associated: string) => string | undefined;
  /** Whether the document's canonical text is the one the passphrase's holder exported. */
  verify: (text: string, mac: string) => boolean;
}

/** The opener for a file's passwords, or undefined when the passphrase is wrong (or the key information altered). */
export async function createOpener(
  passphrase: string,
  derivation: KeyDerivation,
): Promise<PassphraseOpener | undefined> {
  const keys = await deriveKeys(passphrase, derivation);
  const check = open(keys.encryption, derivation.check, CHECK_TEXT);
  // GCM authenticated the text: a key that opens it is the passphrase's.
  if (check !== CHECK_TEXT) return undefined;
  return {
    open: (sealed, associated) => open(keys.encryption, sealed, associated),
    verify: (text, mac) => {
      const expected = macOf(keys.mac, text);
      const given = Buffer.from(mac, 'base64');
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
