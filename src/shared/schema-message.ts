import type { MessageKey } from './i18n';
import { isMessage } from './i18n/message-schema';
import { literal, message, type Message, type MessageArgs } from './i18n/message';

/**
 * Zod carries an issue's message as a string. The schemas shared by the window and the core put a
 * message key with its parameters into that string (marked, so it cannot be mistaken for words), and
 * `messageOfIssue` takes it out again: the schemas choose the words without knowing the language.
 */
const MARK = '\u0000message:';

export function schemaMessage(key: MessageKey, params?: MessageArgs): string {
  return MARK + JSON.stringify(message(key, params));
}

/** The message a schema put into an issue; zod's own words (a type mismatch) are shown as they are. */
export function messageOfIssue(text: string): Message {
  if (text.startsWith(MARK)) {
    try {
      const parsed: unknown = JSON.parse(text.slice(MARK.length));
      if (isMessage(parsed)) return parsed;
    } catch {
      // Not one of ours after all: show it as text.
    }
  }
  return literal(text);
}
