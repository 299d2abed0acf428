/**
 * One text for one JSON value, whatever the key order or white space of the file: object keys
 * sorted by code unit, no spaces. What the export MACs is what the import recomputes, so a file
 * reformatted by an editor still opens while any changed value does not.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // undefined is not JSON: like JSON.stringify in an object, a missing value is no key at all.
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError('canonicalJson: the value is not JSON.');
    return text;
  }
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}
