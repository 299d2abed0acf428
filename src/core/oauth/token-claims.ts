import type { TokenClaims } from '../../shared/connection-test';
import { message, type Message } from '../../shared/i18n/message';

/** The method the token is for decides which application permission (role) it must carry. */
export type TokenPurpose = 'imap-oauth' | 'graph';

export const IMAP_ROLE = 'IMAP.AccessAsApp';
export const GRAPH_READ_ROLE = 'Mail.Read';
export const GRAPH_READ_WRITE_ROLE = 'Mail.ReadWrite';

function stringClaim(payload: Record<string, unknown>, ...names: string[]): string {
  for (const name of names) {
    const value = payload[name];
    if (typeof value === 'string') return value;
  }
  return '';
}

/**
 * The token's payload, read but not verified: we are the client, Exchange and Graph verify it. A
 * token that is no JWT (Entra ID may issue opaque ones) gives undefined and the report says less.
 */
export function decodeTokenClaims(accessToken: string): TokenClaims | undefined {
  const parts = accessToken.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return undefined;
  const claims = payload as Record<string, unknown>;
  const roles = Array.isArray(claims.roles)
    ? claims.roles.filter((role): role is string => typeof role === 'string')
    : [];
  const exp = typeof claims.exp === 'number' && Number.isFinite(claims.exp) ? claims.exp : undefined;
  return {
    audience: stringClaim(claims, 'aud'),
    roles,
    tenantId: stringClaim(claims, 'tid'),
    // v1.0 tokens (Exchange Online's) name the app `appid`, v2.0 tokens `azp`.
    appId: stringClaim(claims, 'appid', 'azp'),
    expiresAt: exp === undefined ? '' : new Date(exp * 1000).toISOString(),
  };
}

/** The roles' names are compared as Entra ID writes them; a token's audience may end with a slash. */
function sameResource(a: string, b: string): boolean {
  return a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();
}

/** What the admin must still grant before the method works, as warnings on the token stage. */
export function tokenWarnings(
  claims: TokenClaims,
  purpose: TokenPurpose,
  resource: string,
  clientId: string,
): Message[] {
  const warnings: Message[] = [];
  if (claims.audience && !sameResource(claims.audience, resource))
    warnings.push(message('oauth.warning.audienceMismatch', { audience: claims.audience, resource }));
  const has = (role: string) => claims.roles.includes(role);
  if (purpose === 'imap-oauth' && !has(IMAP_ROLE))
    warnings.push(message('oauth.warning.imapRoleMissing', { role: IMAP_ROLE, clientId }));
  if (purpose === 'graph' && !has(GRAPH_READ_WRITE_ROLE)) {
    const roles = { readRole: GRAPH_READ_ROLE, readWriteRole: GRAPH_READ_WRITE_ROLE, clientId };
    // Mail.Read reads; creating the processing folders and moving mail needs Mail.ReadWrite.
    warnings.push(
      message(has(GRAPH_READ_ROLE) ? 'oauth.warning.graphReadOnly' : 'oauth.warning.graphRoleMissing', roles),
    );
  }
  return warnings;
}

export type { TokenClaims };
