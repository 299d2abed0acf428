import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n/en';
import type { Locale } from '../../shared/i18n/locales';
import type { Message, PluralKey } from '../../shared/i18n/message';
import type { MessageParams } from '../../shared/i18n/translator';
import { getApi } from './api';
import { isCatalogueLoaded, loadCatalogue } from './catalogues';
import { initialLocale, LOCALE_STORAGE_KEY } from './initial-locale';
import { windowTranslator } from './window-translator';

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
  tPlural: (key: PluralKey, count: number, params?: MessageParams) => string;
  /** A message (a key and its parameters, from main or the shared checks), in the window's language now. */
  tMessage: (message: Message) => string;
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
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
      // The words change once the language's catalogue is here, all at once.
      void loadCatalogue(next).then(() => setLocaleState(next));
    },
    [apply],
  );
  // Until its catalogue is loaded (main.tsx loads the first before rendering), nothing is drawn:
  // a window of keys would be worse than a blank moment.
  const [, setLoaded] = useState(0);
  const ready = isCatalogueLoaded(locale);
  useEffect(() => {
    if (!ready) void loadCatalogue(locale).then(() => setLoaded((count) => count + 1));
  }, [locale, ready]);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => windowTranslator.translate(locale, key, params),
      tPlural: (key, count, params) => windowTranslator.translatePlural(locale, key, count, params),
      tMessage: (message) => windowTranslator.renderMessage(locale, message),
    }),
    // The functions read the loaded catalogues when called, so a catalogue arriving needs no new value.
    [locale, setLocale],
  );
  return ready ? <I18nContext.Provider value={value}>{children}</I18nContext.Provider> : null;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider above it');
  return i18n;
}
