import type { MessageKey } from './en';

/** A key whose text chooses its words by `{count, plural, …}` (ICU MessageFormat). */
export type PluralKey = MessageKey;

export type MessageArg = string | number | Message;
export type MessageArgs = Readonly<Record<string, MessageArg>>;

/**
 * Something to tell the user, as data: a key of the catalogue and its parameters, translated
 * where it is shown and in the language shown there, so a change of language changes it too.
 * Parameters may be messages themselves ("{count} could be read", "damaged: {problem}").
 */
export type Message =
  | { readonly key: MessageKey; readonly params?: MessageArgs }
  | { readonly plural: PluralKey; readonly count: number; readonly params?: MessageArgs }
  /** Words without a key: a file system's or a library's own text, shown as they are. */
  | { readonly text: string }
  /** Several messages shown as one, e.g. the first problems of a list. */
  | { readonly list: readonly Message[]; readonly separator: string };

export function message(key: MessageKey, params?: MessageArgs): Message {
  return params ? { key, params } : { key };
}

export function pluralMessage(plural: PluralKey, count: number, params?: MessageArgs): Message {
  return params ? { plural, count, params } : { plural, count };
}

export function literal(text: string): Message {
  return { text };
}

export function messageList(list: readonly Message[], separator: string): Message {
  return { list, separator };
}
