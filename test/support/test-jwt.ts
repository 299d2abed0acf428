import { createHash, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';

/**
 * Tokens as Entra ID issues them, signed by a key of the tests' own: the local token issuer hands
 * them out and the test Dovecot's oauth2 passdb checks them, so a wrong audience, an expired token
 * or a bad signature is refused by the real server, not by a check of ours.
 */
export interface TestSigningKey {
  privateKey: KeyObject;
  /** SPKI PEM, as Dovecot's local validation key dict and a JWKS consumer read it. */
  publicKeyPem: string;
  /** The key id in the token's header (Entra ID's `kid`). */
  kid: string;
}

export function createTestSigningKey(): TestSigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const kid = createHash('sha256').update(publicKeyPem).digest('base64url').slice(0, 16);
  return { privateKey, publicKeyPem, kid };
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** An RS256 JWT of these claims, signed by `key` (or, to test refusals, by another key under its kid). */
export function signTestJwt(
  claims: Record<string, unknown>,
  key: TestSigningKey,
  options: { signWith?: KeyObject } = {},
): string {
  const unsigned = `${base64url({ typ: 'JWT', alg: 'RS256', kid: key.kid })}.${base64url(claims)}`;
  const signature = createSign('RSA-SHA256')
    .update(unsigned)
    .sign(options.signWith ?? key.privateKey)
    .toString('base64url');
  return `${unsigned}.${signature}`;
}
