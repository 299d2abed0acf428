import { CATALOGUES, type Locale } from '../../src/shared/i18n';

/** Below this, a fragment is too often a word both languages share ("IMAP", "OK", a port number). */
const MIN_FRAGMENT = 12;

/**
 * The phrases only `locale`'s catalogue has: each text split at its parameters ("{file}"), trimmed,
 * kept when long enough to be a phrase and found nowhere in the other catalogue. A window in the
 * other language that shows one of them shows a word of the wrong language.
 */
export function phrasesOnlyIn(locale: Locale): string[] {
  const other = Object.values(CATALOGUES[locale === 'en' ? 'de' : 'en']).join('\n');
  const phrases = new Set<string>();
  for (const text of Object.values(CATALOGUES[locale])) {
    for (const fragment of text.split(/\{\w+\}/)) {
      const phrase = fragment.trim();
      if (phrase.length >= MIN_FRAGMENT && !other.includes(phrase)) phrases.add(phrase);
    }
  }
  return [...phrases];
}

/** The phrases of the other language that `shown` contains: empty when a window speaks one language. */
export function wrongLanguagePhrases(shown: string, language: Locale): string[] {
  const collapsed = shown.replace(/\s+/g, ' ');
  return phrasesOnlyIn(language === 'en' ? 'de' : 'en').filter((phrase) => collapsed.includes(phrase));
}
