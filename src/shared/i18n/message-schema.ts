import { z } from 'zod';
import type { Message, MessageArg } from './message';

/**
 * How deep parameters may nest in a message read back from a file ("{count} could be read" inside
 * "damaged: {problem}" is two): enough for any message the app writes, and a hand-edited file
 * cannot make the reader recurse without end.
 */
const MAX_DEPTH = 6;
const MAX_LIST = 50;
const KEY = /^[A-Za-z0-9_.]{1,120}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isArg(value: unknown, depth: number): value is MessageArg {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || isMessage(value, depth);
}

function isParams(value: unknown, depth: number): boolean {
  return value === undefined || (isRecord(value) && Object.values(value).every((arg) => isArg(arg, depth + 1)));
}

/**
 * The shape of a Message, checked without the catalogue: a key this version does not know (written
 * by a newer one) is still a message, shown as its key rather than making the entry invalid.
 */
export function isMessage(value: unknown, depth = 0): value is Message {
  if (depth > MAX_DEPTH || !isRecord(value)) return false;
  if (typeof value.text === 'string') return Object.keys(value).length === 1;
  if (Array.isArray(value.list))
    return (
      typeof value.separator === 'string' &&
      value.list.length <= MAX_LIST &&
      value.list.every((item) => isMessage(item, depth + 1))
    );
  if (typeof value.plural === 'string')
    return KEY.test(value.plural) && typeof value.count === 'number' && isParams(value.params, depth);
  return typeof value.key === 'string' && KEY.test(value.key) && isParams(value.params, depth);
}

/** A Message as stored data (the accounts file's last test result). */
export const messageSchema = z.custom<Message>((value) => isMessage(value), { message: 'not a message' });
