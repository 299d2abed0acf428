import { localeOf, LOCALES, type Locale } from '../../shared/i18n/locales';

export const LOCALE_STORAGE_KEY = 'mailbox-connect.locale';

/** The user's choice if they made one, else the language of Windows (Chromium's navigator.language). */
export function initialLocale(): Locale {
  const chosen = window.localStorage.getItem(LOCALE_STORAGE_KEY);
  return (LOCALES as readonly string[]).includes(chosen ?? '') ? (chosen as Locale) : localeOf(navigator.language);
}
