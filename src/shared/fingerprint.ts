/** A SHA-256 certificate fingerprint in Node's `AB:CD:…` form, from any common spelling (spaces, no colons, lower case). */
export function normaliseFingerprint(value: string): string {
  const hex = value.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return hex.match(/.{2}/g)?.join(':') ?? '';
}

/** Exactly 64 digits: normalising pairs them up and would silently drop a 65th. */
export function isSha256Fingerprint(value: string): boolean {
  return /^[0-9a-f:\s]*$/i.test(value) && value.replace(/[^0-9a-f]/gi, '').length === 64;
}
