import https from 'node:https';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { defaultCertificates, systemCertificates } from '../connection-test/tls-trust';

/** A token response is a few KiB; anything far larger is not Entra ID answering. */
const MAX_RESPONSE_BYTES = 256 * 1024;

/** Why the last request did not get an answer: MSAL replaces our error by its own "network_error". */
export interface TransportFailure {
  /** Node's code (ENOTFOUND, ECONNREFUSED, CERT_HAS_EXPIRED…), `ABORTED`, `TOO_LARGE` or `OFF_AUTHORITY`. */
  code: string;
  /** The url's host that failed. */
  host: string;
}

export interface AuthorityNetworkClient extends INetworkModule {
  /** Every url MSAL asked for (without query), in order: the tests prove only the token endpoint was called. */
  readonly requested: readonly string[];
  lastFailure(): TransportFailure | undefined;
}

export interface AuthorityNetworkOptions {
  /** The only origin MSAL may reach; MSAL's instance discovery and region lookups go elsewhere and are refused. */
  origin: string;
  /** Trusted besides what the connection test trusts (Node's roots, NODE_EXTRA_CA_CERTS, the system store). */
  caPems: readonly string[];
  signal: AbortSignal;
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code ? code : 'ERROR';
}

/**
 * MSAL's `system.networkClient` (msal-node 5+ dropped `customAgentOptions`): node:https with the
 * account's CAs, one deadline through the signal, a bounded body, and no request off the authority.
 */
export function authorityNetworkClient(options: AuthorityNetworkOptions): AuthorityNetworkClient {
  const requested: string[] = [];
  let failure: TransportFailure | undefined;
  const ca = [...defaultCertificates(), ...systemCertificates(), ...options.caPems];

  function send<T>(method: 'GET' | 'POST', url: string, request?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    const target = new URL(url);
    // Without the query: MSAL adds a fresh client-request-id to each.
    requested.push(`${target.origin}${target.pathname}`);
    if (target.origin !== options.origin) {
      failure = { code: 'OFF_AUTHORITY', host: target.host };
      return Promise.reject(new Error('request outside the authority refused'));
    }
    return new Promise((resolve, reject) => {
      const fail = (code: string) => {
        failure = { code, host: target.host };
        // The text is MSAL's to wrap; the code above is what the report uses.
        reject(new Error(`request failed (${code})`));
      };
      const body = request?.body ?? '';
      const headers: Record<string, string | number> = { ...request?.headers };
      if (method === 'POST') headers['content-length'] = Buffer.byteLength(body);
      const outgoing = https.request(
        target,
        { method, headers, ca, signal: options.signal, agent: false },
        (incoming) => {
          const chunks: Buffer[] = [];
          let size = 0;
          incoming.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_RESPONSE_BYTES) {
              incoming.destroy();
              fail('TOO_LARGE');
            } else chunks.push(chunk);
          });
          incoming.on('error', (error) => fail(options.signal.aborted ? 'ABORTED' : codeOf(error)));
          incoming.on('end', () => {
            if (size > MAX_RESPONSE_BYTES) return;
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown;
            try {
              parsed = JSON.parse(text);
            } catch {
              // Not JSON (a proxy's HTML page): MSAL reports an empty body by its status.
              parsed = {};
            }
            const responseHeaders: Record<string, string> = {};
            for (const [name, value] of Object.entries(incoming.headers))
              if (value !== undefined) responseHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
            resolve({ status: incoming.statusCode ?? 0, headers: responseHeaders, body: parsed as T });
          });
        },
      );
      outgoing.on('error', (error) => fail(options.signal.aborted ? 'ABORTED' : codeOf(error)));
      outgoing.end(method === 'POST' ? body : undefined);
    });
  }

  return {
    requested,
    lastFailure: () => failure,
    sendGetRequestAsync: <T>(url: string, request?: NetworkRequestOptions) => send<T>('GET', url, request),
    sendPostRequestAsync: <T>(url: string, request?: NetworkRequestOptions) => send<T>('POST', url, request),
  };
}
