import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageKey } from './en';
import type { Locale } from './locales';
import type { Message, MessageArgs, PluralKey } from './message';

export type MessageParams = Readonly<Record<string, string | number>>;
export type Catalogue = Readonly<Record<MessageKey, string>>;

export interface Translator {
  /**
   * A text of the catalogue with its parameters, through ICU MessageFormat (FormatJS's
   * intl-messageformat): plurals are `{count, plural, one {# account} other {# accounts}}`, chosen by
   * the language's own plural rules.
   */
  translate: (locale: Locale, key: MessageKey, params?: MessageParams) => string;
  /** A text whose `{count, plural, …}` takes `count`. */
  translatePlural: (locale: Locale, key: PluralKey, count: number, params?: MessageParams) => string;
  /** A message, with every message among its parameters, in `locale`. */
  renderMessage: (locale: Locale, message: Message) => string;
}

function own(catalogue: Readonly<Record<string, string>> | undefined, key: string): string | undefined {
  return catalogue && Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
}

/**
 * The words of the catalogues `catalogueOf` has. Main and the CLI pass both catalogues
 * (./index.ts); the window passes those it has loaded, so that it starts with the language it shows
 * only (src/renderer/src/catalogues.ts).
 */
export function createTranslator(catalogueOf: (locale: Locale) => Catalogue | undefined): Translator {
  // Compiled messages, per language and text: parsing ICU syntax once, not at every render.
  const compiled = new Map<string, IntlMessageFormat>();
  const formatterOf = (locale: Locale, text: string): IntlMessageFormat => {
    const cacheKey = `${locale}\u0000${text}`;
    let formatter = compiled.get(cacheKey);
    if (!formatter) {
      // ignoreTag: "<stick id>" and the like are words here, not rich-text tags.
      formatter = new IntlMessageFormat(text, locale, undefined, { ignoreTag: true });
      compiled.set(cacheKey, formatter);
    }
    return formatter;
  };

  const translate: Translator['translate'] = (locale, key, params) => {
    // A key read back from a file may be one this version does not have (a newer version wrote it):
    // it shows as the key itself, never as a crash or something inherited from Object.prototype.
    const text = own(catalogueOf(locale), key) ?? own(catalogueOf('en'), key) ?? key;
    if (!params) return text;
    try {
      return String(formatterOf(locale, text).format(params));
    } catch {
      // A parameter missing (a message written by another version): the rest is still shown, the
      // missing one as its placeholder.
      return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
    }
  };

  const translatePlural: Translator['translatePlural'] = (locale, key, count, params) =>
    translate(locale, key, { ...params, count });

  const renderArgs = (locale: Locale, params: MessageArgs | undefined): MessageParams | undefined => {
    if (!params) return undefined;
    return Object.fromEntries(
      Object.entries(params).map(([name, value]) => [
        name,
        typeof value === 'object' ? renderMessage(locale, value) : value,
      ]),
    );
  };

  const renderMessage: Translator['renderMessage'] = (locale, message) => {
    // Checked by type, not by key: a message read back from a damaged file must still render as text.
    if ('text' in message && typeof message.text === 'string') return message.text;
    if ('list' in message && Array.isArray(message.list))
      return message.list.map((item) => renderMessage(locale, item)).join(message.separator);
    if ('plural' in message)
      return translatePlural(locale, message.plural, message.count, renderArgs(locale, message.params));
    if ('key' in message) return translate(locale, message.key, renderArgs(locale, message.params));
    // Nothing renderable (a damaged file): shown as nothing rather than breaking the window.
    return '';
  };

  return { translate, translatePlural, renderMessage };
}
