import { describe, expect, it } from 'vitest';
import { de } from '../../src/shared/i18n/de';
import { en } from '../../src/shared/i18n/en';

type Catalogue = Record<string, string>;

/** Each form hint and the error messages its field can show (by key prefix). */
const FIELD_HINTS: [hint: string, errorPrefixes: string[]][] = [
  ['form.server.hint', ['validation.server.']],
  ['form.emailAddress.hint', ['validation.emailAddress.']],
  ['form.userName.hint', ['validation.userName.']],
  ['form.sharedMailboxAlias.hint', ['validation.alias.']],
  ['form.processing.hint', ['validation.folder.']],
];

/** A text without ICU arguments and punctuation, lower case: what a reader hears. */
function words(text: string): string {
  return text
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[.,:;()"„“]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

describe.each([
  ['en', en as Catalogue],
  ['de', de as Catalogue],
])('hints and errors in %s', (_locale, catalogue) => {
  it.each(FIELD_HINTS)('no error of the field of %s repeats the hint', (hintKey, prefixes) => {
    const hint = catalogue[hintKey];
    expect(hint, hintKey).toBeTruthy();
    const errors = Object.keys(catalogue).filter((key) => prefixes.some((prefix) => key.startsWith(prefix)));
    expect(errors.length).toBeGreaterThan(0);
    for (const key of errors) {
      const error = words(catalogue[key] ?? '');
      expect(error, key).not.toBe(words(hint ?? ''));
      expect(error.includes(words(hint ?? '')), key).toBe(false);
    }
  });
});
