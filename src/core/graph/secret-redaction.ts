const REDACTED = '<redacted>';

/**
 * The forms in which a bearer token could come back: whole, or its signature alone (header and
 * payload are only claims, but the signature is what makes the token usable). A short signature
 * is left alone so that ordinary words are never masked; the whole token always is.
 */
function secretFormsOf(token: string): string[] {
  const signature = token.split('.')[2] ?? '';
  return [token, ...(signature.length >= 16 ? [signature] : [])].filter((form) => form.length > 0);
}

/** `text` with every copy of the token masked. */
export function withoutToken(text: string, token: string): string {
  let safe = text;
  for (const form of secretFormsOf(token)) safe = safe.split(form).join(REDACTED);
  return safe;
}

/**
 * A copy of `value` (a report) with every string passed through `withoutToken`: whatever a server
 * echoed into an error text, a folder name or a problem, the token cannot leave in the report.
 */
export function redactToken<T>(value: T, token: string): T {
  if (token.length === 0) return value;
  const visit = (node: unknown, depth: number): unknown => {
    if (typeof node === 'string') return withoutToken(node, token);
    if (depth > 20 || typeof node !== 'object' || node === null) return node;
    if (Array.isArray(node)) return node.map((item) => visit(item, depth + 1));
    return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, visit(item, depth + 1)]));
  };
  return visit(value, 0) as T;
}
