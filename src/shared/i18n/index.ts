import { de } from './de';
import { en, type MessageKey } from './en';

export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey };
export type MessageParams = Readonly<Record<string, string | number>>;

/** The keys that come in .one/.other pairs, without that ending. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, de };

/** English for an unknown tag: 'de', 'de-AT', 'de_CH.UTF-8' are German. */
export function localeOf(tag: string | undefined): Locale {
  return tag && /^de\b|^de[-_]/i.test(tag) ? 'de' : 'en';
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = CATALOGUES[locale][key] ?? en[key];
  return params
    ? text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match))
    : text;
}

export function translatePlural(locale: Locale, key: PluralKey, count: number, params?: MessageParams): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return translate(locale, `${key}.${form}` as MessageKey, { count, ...params });
}

// The language messages are produced in, per process: main follows the window's choice, the CLI
// the environment, the renderer its own setting (the shared validators read it at check time).
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
