/**
 * What the connection test reads from an access token to explain a refusal and to fill the hints'
 * PowerShell lines: who the app is, its service principal, the audience and the expiry. The token is
 * not verified here (the server does that); a token that is no JWT simply yields no facts.
 */
export interface AccessTokenFacts {
  /** The application (client) ID: `appid` in Entra ID's v1.0 tokens, `azp` in v2.0 ones. */
  clientId?: string;
  /** `oid` of an app-only token: the object ID of the enterprise application (service principal). */
  servicePrincipalId?: string;
  audiences: string[];
  /** `exp`, seconds since the epoch. */
  expiresAt?: number;
}

/** The audiences Exchange Online's IMAP accepts: its resource URIs and its application ID. */
export const EXCHANGE_ONLINE_AUDIENCES = [
  'https://outlook.office365.com',
  'https://outlook.office.com',
  '00000002-0000-0ff1-ce00-000000000000',
] as const;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, 200) : undefined;
}

export function accessTokenFacts(token: string): AccessTokenFacts {
  const claims = payloadOf(token);
  const audience = claims.aud;
  const audiences = (Array.isArray(audience) ? audience : [audience]).map(text).filter((aud) => aud !== undefined);
  const clientId = text(claims.appid) ?? text(claims.azp);
  const servicePrincipalId = text(claims.oid);
  return {
    ...(clientId ? { clientId } : {}),
    ...(servicePrincipalId ? { servicePrincipalId } : {}),
    audiences,
    ...(typeof claims.exp === 'number' && Number.isFinite(claims.exp) ? { expiresAt: claims.exp } : {}),
  };
}

/** True unless the token names an audience and none of them is one the server accepts. */
export function audienceFits(facts: AccessTokenFacts, accepted: readonly string[]): boolean {
  const normalised = (aud: string) => aud.replace(/\/+$/, '').toLowerCase();
  const wanted = new Set(accepted.map(normalised));
  return facts.audiences.length === 0 || facts.audiences.some((aud) => wanted.has(normalised(aud)));
}

function payloadOf(token: string): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return {};
  try {
    const parsed: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
