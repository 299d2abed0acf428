import type { Message, MessageArg } from '../../shared/i18n/message';
import type { AppCredential } from './app-token-input';

export const MASKED = '••••••';

/** Shorter pieces would mask ordinary words; a real client secret is 40 characters, a key line 64. */
const SHORTEST_MASKED = 8;

/**
 * Every piece of the credential that must never be shown: the secret, the passphrase, the key as
 * given and as re-encoded, and each base64 line of a key block (a text may quote one line of it).
 */
function secretPieces(credential: AppCredential, extra: readonly string[]): string[] {
  const pieces: string[] = [...extra];
  if (credential.kind === 'secret') pieces.push(credential.secret);
  if (credential.kind === 'pfx') {
    if (credential.passphrase) pieces.push(credential.passphrase);
    pieces.push(Buffer.from(credential.pfx).toString('base64'));
  }
  if (credential.kind === 'certificate') {
    for (const block of credential.pem.match(
      /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/g,
    ) ?? []) {
      pieces.push(block, ...block.split(/\r?\n/).filter((line) => !line.startsWith('-----')));
    }
  }
  // As a form body or a URL carries it (a secret's "~" and "+" are encoded), and a key without its line breaks.
  for (const piece of [...pieces]) {
    pieces.push(encodeURIComponent(piece), new URLSearchParams({ v: piece }).toString().slice(2));
    pieces.push(piece.replace(/\r?\n/g, ''));
  }
  // Longest first, so a whole key is masked before its lines are.
  return [...new Set(pieces.map((piece) => piece.trim()))]
    .filter((piece) => piece.length >= SHORTEST_MASKED)
    .sort((a, b) => b.length - a.length);
}

export interface CredentialMask {
  text(text: string): string;
  message(value: Message): Message;
}

/**
 * The one guard every text of a token request passes before it leaves `acquireAppToken`: what Entra ID,
 * a proxy or a library answered may quote the request (form body, client_secret=…) back.
 */
export function credentialMask(credential: AppCredential, extra: readonly string[] = []): CredentialMask {
  const pieces = secretPieces(credential, extra);
  const text = (value: string): string => pieces.reduce((masked, piece) => masked.split(piece).join(MASKED), value);
  const arg = (value: MessageArg): MessageArg =>
    typeof value === 'string' ? text(value) : typeof value === 'number' ? value : maskMessage(value);
  const maskMessage = (value: Message): Message => {
    if ('text' in value) return { text: text(value.text) };
    if ('list' in value) return { list: value.list.map(maskMessage), separator: value.separator };
    if (!value.params) return value;
    const params = Object.fromEntries(Object.entries(value.params).map(([name, param]) => [name, arg(param)]));
    return { ...value, params };
  };
  return { text, message: maskMessage };
}
