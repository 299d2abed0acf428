import { z } from 'zod';

const ipv6 = z.ipv6();
const IPV4_SHAPE = /^\d+(\.\d+){3}$/;
const HOST_LABEL = /^(?!-)[A-Za-z0-9_-]{1,63}(?<!-)$/;

function hasControlCharacter(value: string): boolean {
  return [...value].some((character) => {
    const code = character.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });
}

function isIpv4(value: string): boolean {
  return IPV4_SHAPE.test(value) && value.split('.').every((part) => Number(part) <= 255 && part.length <= 3);
}

function isHostName(value: string): boolean {
  const name = value.endsWith('.') ? value.slice(0, -1) : value;
  return name.length > 0 && name.length <= 253 && name.split('.').every((label) => HOST_LABEL.test(label));
}

/**
 * Checks a trimmed server entry and returns a message that names the exact mistake,
 * because "invalid host" does not tell an admin that the port belongs in its own field.
 */
export function serverAddressError(server: string): string | undefined {
  if (server === '') return 'Enter the server: a host name, an IPv4 or an IPv6 address.';
  if (hasControlCharacter(server)) return 'The server must not contain control characters.';
  if (/\s/.test(server)) return 'The server must not contain spaces.';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(server)) {
    return 'Enter only the host name, without a scheme such as imap:// or https://.';
  }
  if (server.includes('/') || server.includes('\\')) return 'Enter only the host name, without a path.';
  if (server.startsWith('[') || server.endsWith(']')) return 'Enter IPv6 addresses without brackets.';
  if (server.includes('@')) return 'Enter the server here; the user name has its own field.';
  if (ipv6.safeParse(server).success) return undefined;
  if (/^[^:]+:\d*$/.test(server)) return 'Enter the port in the Port field, not after the server name.';
  if (server.includes(':')) return 'This is not a valid IPv6 address.';
  if (IPV4_SHAPE.test(server)) return isIpv4(server) ? undefined : 'This is not a valid IPv4 address.';
  if (server.length > 253) return 'The host name is longer than 253 characters.';
  if (!isHostName(server)) {
    return 'This is not a valid host name: use letters, digits and hyphens, separated by dots.';
  }
  return undefined;
}
