import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestSigningKey } from './test-jwt';

/** The audience of the tokens Exchange Online's IMAP accepts (scope https://outlook.office365.com/.default). */
export const EXCHANGE_ONLINE_AUDIENCE = 'https://outlook.office365.com';

/**
 * The claim the test Dovecot reads the mailbox from. Exchange Online's app-only tokens name no mailbox:
 * their subject is the service principal (`oid`), the mailbox comes from XOAUTH2's `user=`, and Exchange
 * decides with the mailbox's permissions (Add-MailboxPermission) whether that principal may open it.
 * Dovecot 2.3's oauth2 passdb cannot do that: it takes the user name from a claim of the token
 * (`username_attribute`) and refuses a login whose `user=` differs ("Username '…' did not match
 * '…'"). So the test tokens carry the mailbox they were granted in this claim of our own: "this service
 * principal has FullAccess to that mailbox" is baked into the token instead of looked up on the server.
 * Entra ID never issues it; the local token issuer adds it only for the Dovecot tests.
 */
export const TEST_MAILBOX_CLAIM = 'test_mailbox';

export type OAuth2Mechanism = 'xoauth2' | 'oauthbearer';

export interface DovecotOAuth2Options {
  /** Tokens must be signed by this key (RS256, looked up by the token's `kid`). */
  signingKey: TestSigningKey;
  /** The accepted `iss` values, e.g. Entra ID's `https://sts.windows.net/<tenant>/`. */
  issuers: readonly string[];
  /** The required `aud`; Exchange Online's by default. */
  audience?: string;
  /**
   * The SASL mechanisms offered. Exchange Online offers only XOAUTH2, and imapflow prefers OAUTHBEARER
   * whenever a server offers it, so the default mirrors Exchange: a test then really sends XOAUTH2.
   */
  mechanisms?: readonly OAuth2Mechanism[];
}

export interface OAuth2DovecotConfig {
  /** Added to `auth_mechanisms`. */
  mechanisms: string;
  /** The passdb block, placed after the password users' passdb. */
  passdb: string;
}

/**
 * Writes the oauth2 passdb's settings and the signing key where Dovecot 2.3 looks it up, and returns the
 * lines for dovecot.conf. Validation is local (`introspection_mode = local`): Dovecot checks signature,
 * `exp`/`nbf`/`iat`, `iss` and `aud` itself, with no request to an introspection endpoint.
 */
export function writeOAuth2Config(directory: string, options: DovecotOAuth2Options): OAuth2DovecotConfig {
  const keys = path.join(directory, 'keys');
  // Dovecot 2.3 looks the key up as shared/<azp or "default">/<alg>/<kid> in the dict; the fs dict drops
  // the "shared/" prefix. Entra ID's v1.0 tokens (those for outlook.office365.com) carry `appid`, not
  // `azp`, so the key sits under "default".
  const keyDirectory = path.join(keys, 'default', 'RS256');
  mkdirSync(keyDirectory, { recursive: true });
  writeFileSync(path.join(keyDirectory, options.signingKey.kid), options.signingKey.publicKeyPem);
  const settingsFile = path.join(directory, 'dovecot-oauth2.conf.ext');
  writeFileSync(
    settingsFile,
    [
      'introspection_mode = local',
      `local_validation_key_dict = fs:posix:prefix=${keys}/`,
      `username_attribute = ${TEST_MAILBOX_CLAIM}`,
      // %u, not the default %Lu: the mailbox is compared as XOAUTH2's user= names it, as the password users are.
      'username_format = %u',
      `issuers = ${options.issuers.join(' ')}`,
      // Dovecot 2.3 compares this with the token's `aud` ("Token audience does not include …").
      `audience = ${options.audience ?? EXCHANGE_ONLINE_AUDIENCE}`,
      '',
    ].join('\n'),
  );
  const mechanisms = (options.mechanisms ?? ['xoauth2']).join(' ');
  return {
    mechanisms,
    passdb: `passdb {
  driver = oauth2
  mechanisms = ${mechanisms}
  args = ${settingsFile}
}
`,
  };
}

export interface AppOnlyClaimsInput {
  tenant: string;
  clientId: string;
  /** The mailbox the service principal may open (see TEST_MAILBOX_CLAIM). */
  mailbox: string;
  /** The service principal's object id (Entra ID's enterprise application). */
  servicePrincipalId?: string;
  audience?: string;
  /** Seconds since the epoch at issue; now by default. */
  issuedAt?: number;
  lifetimeSeconds?: number;
}

/** Entra ID's issuer of v1.0 access tokens, which Exchange Online's resource gets. */
export function entraIssuer(tenant: string): string {
  return `https://sts.windows.net/${tenant}/`;
}

/** The claims of an app-only access token for Exchange Online's IMAP, as Entra ID issues them (plus the test claim). */
export function appOnlyImapClaims(input: AppOnlyClaimsInput): Record<string, unknown> {
  const issuedAt = input.issuedAt ?? Math.floor(Date.now() / 1000);
  const servicePrincipalId = input.servicePrincipalId ?? '6f1c7d2e-0a4b-4c3d-9e8f-7a6b5c4d3e2f';
  return {
    aud: input.audience ?? EXCHANGE_ONLINE_AUDIENCE,
    iss: entraIssuer(input.tenant),
    iat: issuedAt,
    nbf: issuedAt,
    exp: issuedAt + (input.lifetimeSeconds ?? 3600),
    appid: input.clientId,
    idtyp: 'app',
    oid: servicePrincipalId,
    sub: servicePrincipalId,
    tid: input.tenant,
    roles: ['IMAP.AccessAsApp'],
    ver: '1.0',
    [TEST_MAILBOX_CLAIM]: input.mailbox,
  };
}
