import { z } from 'zod';
import type { MessageKey } from './i18n';

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
 * Checks a trimmed server entry and returns the key of a message that names the exact mistake,
 * because "invalid host" does not tell an admin that the port belongs in its own field.
 */
export function serverAddressProblem(server: string): MessageKey | undefined {
  if (server === '') return 'validation.server.empty';
  if (hasControlCharacter(server)) return 'validation.server.control';
  if (/\s/.test(server)) return 'validation.server.spaces';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(server)) {
    return 'validation.server.scheme';
  }
  if (server.includes('/') || server.includes('\\')) return 'validation.server.path';
  if (server.startsWith('[') || server.endsWith(']')) return 'validation.server.brackets';
  if (server.includes('@')) return 'validation.server.at';
  if (ipv6.safeParse(server).success) return undefined;
  if (/^[^:]+:\d*$/.test(server)) return 'validation.server.port';
  if (server.includes(':')) return 'validation.server.ipv6';
  if (IPV4_SHAPE.test(server)) return isIpv4(server) ? undefined : 'validation.server.ipv4';
  if (server.length > 253) return 'validation.server.hostTooLong';
  if (!isHostName(server)) {
    return 'validation.server.hostName';
  }
  return undefined;
}
