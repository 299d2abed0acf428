import { IntlMessageFormat } from 'intl-messageformat';
import { de } from './de';
import { en, type MessageKey } from './en';
import type { Message, MessageArgs, PluralKey } from './message';

export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey, PluralKey };
export type MessageParams = Readonly<Record<string, string | number>>;

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, de };

/** English for an unknown tag: 'de', 'de-AT', 'de_CH.UTF-8' are German. */
export function localeOf(tag: string | undefined): Locale {
  return tag && /^de\b|^de[-_]/i.test(tag) ? 'de' : 'en';
}

/** Compiled messages, per language and text: parsing ICU syntax once, not at every render. */
const compiled = new Map<string, IntlMessageFormat>();

function formatterOf(locale: Locale, text: string): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${text}`;
  let formatter = compiled.get(cacheKey);
  if (!formatter) {
    // ignoreTag: "<stick id>" and the like are words here, not rich-text tags.
    formatter = new IntlMessageFormat(text, locale, undefined, { ignoreTag: true });
    compiled.set(cacheKey, formatter);
  }
  return formatter;
}

/**
 * A text of the catalogue with its parameters, through ICU MessageFormat (FormatJS's
 * intl-messageformat): plurals are `{count, plural, one {# account} other {# accounts}}`, chosen by
 * the language's own plural rules.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  // A key read back from a file may be one this version does not have (a newer version wrote it):
  // it shows as the key itself, never as a crash or something inherited from Object.prototype.
  const text = own(CATALOGUES[locale], key) ?? own(en, key) ?? key;
  if (!params) return text;
  try {
    return String(formatterOf(locale, text).format(params));
  } catch {
    // A parameter missing (a message written by another version): the rest is still shown, the
    // missing one as its placeholder.
    return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  }
}

function own(catalogue: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
}

/** A text whose `{count, plural, …}` takes `count`. */
export function translatePlural(locale: Locale, key: PluralKey, count: number, params?: MessageParams): string {
  return translate(locale, key, { ...params, count });
}

function renderArgs(locale: Locale, params: MessageArgs | undefined): MessageParams | undefined {
  if (!params) return undefined;
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'object' ? renderMessage(locale, value) : value,
    ]),
  );
}

/** A message, with every message among its parameters, in `locale`. */
export function renderMessage(locale: Locale, message: Message): string {
  // Checked by type, not by key: a message read back from a damaged file must still render as text.
  if ('text' in message && typeof message.text === 'string') return message.text;
  if ('list' in message && Array.isArray(message.list))
    return message.list.map((item) => renderMessage(locale, item)).join(message.separator);
  if ('plural' in message)
    return translatePlural(locale, message.plural, message.count, renderArgs(locale, message.params));
  if ('key' in message) return translate(locale, message.key, renderArgs(locale, message.params));
  // Nothing renderable (a damaged file): shown as nothing rather than breaking the window.
  return '';
}

// The language of main's own words (menu, About, native dialogs): it follows the window's choice.
// Nothing else reads it: the core answers with messages, the window and the CLI choose the words.
let current: Locale = 'en';

export function setMessageLocale(locale: Locale): void {
  current = locale;
}

export function messageLocale(): Locale {
  return current;
}

/** A message in the current language. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(current, key, params);
}

export function tPlural(key: PluralKey, count: number, params?: MessageParams): string {
  return translatePlural(current, key, count, params);
}
