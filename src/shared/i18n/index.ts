import { de } from './de';
import { en, type MessageKey } from './en';
import type { Locale } from './locales';
import type { PluralKey } from './message';
import { createTranslator, type Catalogue, type MessageParams } from './translator';

export { LOCALES, localeOf, type Locale } from './locales';
export type { Catalogue, MessageParams, Translator } from './translator';
export type { MessageKey, PluralKey };

/** Both catalogues, for main and the CLI; the window loads only the one it shows (renderer/src/catalogues.ts). */
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, de };

export const { translate, translatePlural, renderMessage } = createTranslator((locale) => CATALOGUES[locale]);

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
