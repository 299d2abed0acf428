import { message, type Message } from '../../shared/i18n/message';

/** How the app proves who it is: what Entra ID's "Certificates & secrets" blade holds for it. */
export type AppCredential =
  | { kind: 'secret'; secret: string }
  /** The certificate and its unencrypted private key, PEM, in one text (the order does not matter). */
  | { kind: 'certificate'; pem: string }
  | { kind: 'pfx'; pfx: Uint8Array; passphrase?: string };

export interface AppTokenInput {
  /** Entra ID's sign-in host or origin: `login.microsoftonline.com`, or `https://127.0.0.1:4431` in tests. */
  authorityHost: string;
  /** Directory (tenant) ID or one of the tenant's domains (contoso.onmicrosoft.com). */
  tenant: string;
  /** Application (client) ID of the app registration. */
  clientId: string;
  credential: AppCredential;
  /** The API the token is for: `https://outlook.office365.com` (IMAP) or `https://graph.microsoft.com`. */
  resource: string;
  /** CA certificates (PEM) trusted for the authority besides Node's roots: the test CA, a TLS-inspecting proxy's. */
  trust?: { caPems?: readonly string[] };
  signal?: AbortSignal;
  timeoutMs: number;
}

/** The authority as MSAL wants it, checked: an https origin without path, query or credentials. */
export interface AuthorityAddress {
  /** `https://login.microsoftonline.com` */
  origin: string;
  /** `login.microsoftonline.com` (with `:port` when not 443): MSAL's knownAuthorities entry. */
  host: string;
  /** `https://login.microsoftonline.com/<tenant>` */
  authority: string;
}

// A tenant travels as a path segment of the authority: nothing that could leave it ("/", "?", "..").
const TENANT = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function authorityAddressOf(authorityHost: string, tenant: string): AuthorityAddress | undefined {
  const text = authorityHost.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.search || url.hash) return undefined;
  if (url.pathname !== '/' && url.pathname !== '') return undefined;
  return { origin: url.origin, host: url.host, authority: `${url.origin}/${tenant}` };
}

/** The first problem of the input, before anything is sent: a wrong value never reaches Entra ID. */
export function invalidTokenInput(input: AppTokenInput): Message | undefined {
  if (!authorityAddressOf(input.authorityHost, 'x'))
    return message('oauth.invalid.authority', { authority: input.authorityHost });
  if (!TENANT.test(input.tenant) || input.tenant.length > 256) return message('oauth.invalid.tenant');
  if (!GUID.test(input.clientId)) return message('oauth.invalid.clientId');
  const resource = resourceOrigin(input.resource);
  if (!resource) return message('oauth.invalid.resource', { resource: input.resource });
  if (input.credential.kind === 'secret' && input.credential.secret.length === 0)
    return message('oauth.invalid.secretEmpty');
  return undefined;
}

/** `https://outlook.office365.com` from the resource as given (a trailing slash is forgiven). */
export function resourceOrigin(resource: string): string | undefined {
  try {
    const url = new URL(resource.trim());
    if (url.protocol !== 'https:' || url.username || url.password || url.search || url.hash) return undefined;
    if (url.pathname !== '/' && url.pathname !== '') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}
