import type { Locale } from '../../shared/i18n/locales';
import type { Catalogue } from '../../shared/i18n/translator';

/**
 * The window's catalogues, each loaded when its language is first shown: start-up pays for one
 * language, not both (issue 15, Fast: the initial JavaScript). A switch waits for the other to load,
 * then changes every word at once. No translator here: main.tsx asks for the first catalogue before
 * the app's code (and the ICU library) has arrived.
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

/** A loaded catalogue, or undefined while it is still on its way. */
export function catalogueOf(locale: Locale): Catalogue | undefined {
  return loaded.get(locale);
}
