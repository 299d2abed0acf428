import type { Locale } from '../../shared/i18n/locales';
import { createTranslator, type Catalogue } from '../../shared/i18n/translator';

/**
 * The window's catalogues, each loaded when its language is first shown: start-up pays for one
 * language, not both (issue 15, Fast: the initial JavaScript). A switch waits for the other to load,
 * then changes every word at once.
 */
const LOADERS: Readonly<Record<Locale, () => Promise<Catalogue>>> = {
  en: async () => (await import('../../shared/i18n/en')).en,
  de: async () => (await import('../../shared/i18n/de')).de,
};

const loaded = new Map<Locale, Catalogue>();

export async function loadCatalogue(locale: Locale): Promise<void> {
  if (!loaded.has(locale)) loaded.set(locale, await LOADERS[locale]());
}

export function isCatalogueLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}

/** The window's words, from the catalogues loaded so far. */
export const windowTranslator = createTranslator((locale) => loaded.get(locale));
