/**
 * OData pieces of Graph request URLs. A folder name is user input ("Rechnungen O'Neill"): inside an
 * OData string literal an apostrophe is doubled, and the whole query value is percent-encoded so
 * that `&`, `#`, `+` and `%` reach Graph as characters, not as URL syntax.
 */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A query string in Graph's spelling: `$filter=…&$select=…`, each value percent-encoded. */
export function queryString(parameters: Readonly<Record<string, string | number>>): string {
  const pairs = Object.entries(parameters).map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** `/v1.0/users/{mailbox}`: the address as one path segment, so a `/` or `?` in it cannot change the path. */
export function mailboxPath(mailbox: string): string {
  return `/v1.0/users/${encodeURIComponent(mailbox)}`;
}

/** A folder id as Graph returns it (base64url-like) is still one path segment. */
export function folderSegment(id: string): string {
  return encodeURIComponent(id);
}
