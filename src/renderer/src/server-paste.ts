import { looksLikeServerUrl, parseServerUrl } from '../../shared/server-url';
import type { AccountFormState } from './form-state';

/**
 * A pasted "imaps://mail.contoso.local:993" fills server, port and encryption at once. Answers
 * undefined for a bare host or an address it cannot read: the paste then lands as typed, and
 * the Server field's own check names the mistake.
 */
export function formAfterServerPaste(form: AccountFormState, text: string): AccountFormState | undefined {
  if (!looksLikeServerUrl(text)) return undefined;
  const parsed = parseServerUrl(text);
  if (!parsed.ok) return undefined;
  const { server, port, encryption } = parsed.value;
  return { ...form, server, port: String(port), encryption };
}
