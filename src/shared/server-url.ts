import { IMAP_PORT, IMAPS_PORT, type Encryption } from './encryption';
import type { MessageKey } from './i18n';
import { serverAddressProblem } from './server-address';

/** What a pasted IMAP address fills in: the host, and the port and encryption its scheme and port say. */
export interface ServerUrl {
  server: string;
  port: number;
  encryption: Encryption;
}

export type ServerUrlResult = { ok: true; value: ServerUrl } | { ok: false; problem: MessageKey };

// imaps is TLS from the first byte (SSL: it also reaches older servers); plain imap gets STARTTLS,
// because DESIGN.md §2/§4 never sends credentials before the TLS decision, and None needs consent.
const SCHEMES: Record<string, { encryption: Encryption; port: number }> = {
  imaps: { encryption: 'ssl', port: IMAPS_PORT },
  imap: { encryption: 'starttls', port: IMAP_PORT },
};

const URL_SHAPE = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^:/]*)(?::(\d*))?\/?$/i;

/** True when the text looks like an address with a scheme ("imaps://…"), not a bare host. */
export function looksLikeServerUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text.trim());
}

/**
 * Reads "imaps://mail.contoso.local:993", "imap://host", "IMAP://user@host:143/" into the form's
 * three fields; anything else answers with the message the Server field shows for it.
 */
export function parseServerUrl(text: string): ServerUrlResult {
  const trimmed = text.trim();
  const match = URL_SHAPE.exec(trimmed);
  if (!match)
    return { ok: false, problem: looksLikeServerUrl(trimmed) ? 'validation.server.path' : 'validation.server.scheme' };
  const [, scheme = '', rawHost = '', rawPort] = match;
  const known = SCHEMES[scheme.toLowerCase()];
  if (!known) return { ok: false, problem: 'validation.server.scheme' };
  // An IPv6 literal comes in brackets in a URL; the Server field takes it without them.
  const host = rawHost.startsWith('[') ? rawHost.slice(1, -1) : rawHost;
  const problem = serverAddressProblem(host);
  if (problem) return { ok: false, problem };
  if (rawPort === undefined || rawPort === '') return { ok: true, value: { server: host, ...known } };
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { ok: false, problem: 'validation.port.range' };
  return { ok: true, value: { server: host, port, encryption: known.encryption } };
}
