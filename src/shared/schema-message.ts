import type { MessageKey } from './i18n';
import { isMessage } from './i18n/message-schema';
import { literal, message, messageList, type Message, type MessageArgs } from './i18n/message';

/**
 * Zod carries an issue's message as a string. The schemas shared by the window and the core put a
 * message key with its parameters into that string (marked, so it cannot be mistaken for words), and
 * `messageOfIssue` takes it out again: the schemas choose the words without knowing the language.
 */
const MARK = '\u0000message:';

export function schemaMessage(key: MessageKey, params?: MessageArgs): string {
  return MARK + JSON.stringify(message(key, params));
}

/** What `messageOfIssue` reads of a zod issue (zod's own issue types, structurally). */
export interface SchemaIssue {
  readonly code: string;
  readonly message: string;
  readonly path?: readonly PropertyKey[];
  readonly expected?: unknown;
  readonly origin?: unknown;
  readonly maximum?: unknown;
  readonly minimum?: unknown;
  readonly keys?: unknown;
  readonly values?: unknown;
  readonly format?: unknown;
}

const TYPE_WORDS: Readonly<Record<string, MessageKey>> = {
  string: 'schema.type.string',
  number: 'schema.type.number',
  int: 'schema.type.number',
  boolean: 'schema.type.boolean',
  object: 'schema.type.object',
  array: 'schema.type.array',
};

function ownMessage(text: string): Message | undefined {
  if (!text.startsWith(MARK)) return undefined;
  try {
    const parsed: unknown = JSON.parse(text.slice(MARK.length));
    return isMessage(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function boundMessage(direction: 'Big' | 'Small', origin: unknown, bound: unknown): Message {
  const limit = Number(bound);
  if (origin === 'string') return message(`schema.length.too${direction}`, { limit });
  if (origin === 'array' || origin === 'set') return message(`schema.entries.too${direction}`, { limit });
  return message(`schema.number.too${direction}`, { limit });
}

/**
 * The message of a zod issue: the key a shared schema put into it, or for zod's own checks (a stored
 * or imported value of the wrong kind, too long, unknown fields) a key of ours, so those read in the
 * reader's language too.
 */
export function messageOfIssue(issue: SchemaIssue): Message {
  const own = ownMessage(issue.message);
  if (own) return own;
  switch (issue.code) {
    case 'invalid_type': {
      const word = TYPE_WORDS[String(issue.expected)];
      return message('schema.invalidType', { expected: word ? message(word) : String(issue.expected) });
    }
    case 'too_big':
      return boundMessage('Big', issue.origin, issue.maximum);
    case 'too_small':
      return boundMessage('Small', issue.origin, issue.minimum);
    case 'unrecognized_keys':
      return message('schema.unknownKeys', { keys: Array.isArray(issue.keys) ? issue.keys.join(', ') : '' });
    case 'invalid_value':
      return message('schema.invalidValue', {
        values: Array.isArray(issue.values) ? issue.values.map((value) => JSON.stringify(value)).join(', ') : '',
      });
    case 'invalid_format':
      return message('schema.invalidFormat');
    default:
      return message('schema.invalid');
  }
}

/**
 * "key path: what is wrong" for one issue; `whole` names the value itself when the issue has no
 * path (the file, an entry, the arguments), and without one the issue's message stands alone.
 */
export function issueAtPath(issue: SchemaIssue, whole?: Message): Message {
  const path = (issue.path ?? []).map(String).join('.');
  const where = path ? literal(path) : whole;
  return where ? messageList([where, messageOfIssue(issue)], ': ') : messageOfIssue(issue);
}
