import net from 'node:net';

/** Microsoft Graph in the global cloud; US Government and China (21Vianet) have their own hosts. */
export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com';
/** Microsoft Graph's application ID: an `aud` Entra ID also puts into Graph tokens. */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

export interface GraphEndpoint {
  /** `https://host[:port]`, without a path: every request and every followed link must stay on it. */
  origin: string;
  /** The host as written: the name the certificate must carry. */
  host: string;
  port: number;
  /** The host is an IP address: no DNS lookup, no SNI. */
  isIp: boolean;
}

/**
 * The Graph endpoint of a base URL, or undefined when it is not plain https://host[:port]: a bearer
 * token is only ever sent over TLS, and a path or query would change where the requests go.
 */
export function graphEndpointOf(baseUrl: string): GraphEndpoint | undefined {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.search || url.hash) return undefined;
  if (url.pathname !== '/' && url.pathname !== '') return undefined;
  // URL keeps IPv6 literals in brackets; sockets and certificate checks want them bare.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return { origin: url.origin, host, port: url.port ? Number(url.port) : 443, isIp: net.isIP(host) !== 0 };
}
