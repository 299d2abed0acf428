/** The window's languages; no catalogue here, so that the window can load only the one it shows. */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** English for an unknown tag: 'de', 'de-AT', 'de_CH.UTF-8' are German. */
export function localeOf(tag: string | undefined): Locale {
  return tag && /^de\b|^de[-_]/i.test(tag) ? 'de' : 'en';
}
