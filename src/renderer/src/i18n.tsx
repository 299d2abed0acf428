import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  localeOf,
  LOCALES,
  renderMessage,
  translate,
  translatePlural,
  type Locale,
  type MessageKey,
  type MessageParams,
  type PluralKey,
} from '../../shared/i18n';
import type { Message } from '../../shared/i18n/message';
import { getApi } from './api';

const STORAGE_KEY = 'mailbox-connect.locale';

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
  tPlural: (key: PluralKey, count: number, params?: MessageParams) => string;
  /** A message (a key and its parameters, from main or the shared checks), in the window's language now. */
  tMessage: (message: Message) => string;
}

/** The user's choice if they made one, else the language of Windows (Chromium's navigator.language). */
function initialLocale(): Locale {
  const chosen = window.localStorage.getItem(STORAGE_KEY);
  return (LOCALES as readonly string[]).includes(chosen ?? '') ? (chosen as Locale) : localeOf(navigator.language);
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const apply = useCallback((next: Locale) => {
    // Main draws its menu and native dialogs in it; IPC keeps order, so a dialog opened by a request
    // sent after this one speaks the new language. Everything else arrives as messages, rendered here.
    document.documentElement.lang = next;
    return getApi().setLocale(next);
  }, []);
  // The window shows at once: what main answers is messages, translated here. Only what main draws
  // itself (the menu, native dialogs, the word of a duplicate's name) waits for this, and those
  // come from the user's actions, after it.
  useEffect(() => {
    void apply(initialLocale());
  }, [apply]);
  const setLocale = useCallback(
    (next: Locale) => {
      void apply(next);
      window.localStorage.setItem(STORAGE_KEY, next);
      setLocaleState(next);
    },
    [apply],
  );
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      tPlural: (key, count, params) => translatePlural(locale, key, count, params),
      tMessage: (message) => renderMessage(locale, message),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider above it');
  return i18n;
}
