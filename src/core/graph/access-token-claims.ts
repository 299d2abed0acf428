/**
 * What an app-only access token says about itself, read without checking its signature: only to
 * explain Graph's refusal (a wrong audience, an expired token, missing roles) and to fill the
 * PowerShell lines of a hint with the app's IDs. Graph, not this, decides whether the token is good.
 */
export interface AccessTokenClaims {
  audience?: string;
  /** Seconds since 1970, as `exp`. */
  expiresAt?: number;
  roles: string[];
  tenantId?: string;
  /** The application (client) ID: `appid` in v1.0 tokens, `azp` in v2.0 ones. */
  appId?: string;
  /** In an app-only token, the object ID of the app's service principal (the enterprise application). */
  servicePrincipalId?: string;
}

const MAX_ROLES = 100;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
}

/** The claims of a JWT, or undefined when the token is not one (an opaque token is Graph's to judge). */
export function accessTokenClaims(token: string): AccessTokenClaims | undefined {
  const payload = token.split('.')[1];
  if (!payload || token.split('.').length !== 3) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof claims !== 'object' || claims === null) return undefined;
  const record = claims as Record<string, unknown>;
  const audience = text(record.aud);
  const tenantId = text(record.tid);
  const appId = text(record.appid) ?? text(record.azp);
  const servicePrincipalId = text(record.oid);
  return {
    roles: Array.isArray(record.roles)
      ? record.roles.filter((role): role is string => text(role) !== undefined).slice(0, MAX_ROLES)
      : [],
    ...(audience ? { audience } : {}),
    ...(typeof record.exp === 'number' && Number.isFinite(record.exp) ? { expiresAt: record.exp } : {}),
    ...(tenantId ? { tenantId } : {}),
    ...(appId ? { appId } : {}),
    ...(servicePrincipalId ? { servicePrincipalId } : {}),
  };
}

/** The application permissions that let an app read a mailbox's folders and messages. */
export const MAIL_READ_ROLES = ['Mail.Read', 'Mail.ReadWrite'] as const;

export function grantsMailRead(claims: AccessTokenClaims | undefined): boolean {
  return (claims?.roles ?? []).some((role) => (MAIL_READ_ROLES as readonly string[]).includes(role));
}
