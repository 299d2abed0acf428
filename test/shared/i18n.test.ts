import { describe, expect, it } from 'vitest';
import { de } from '../../src/shared/i18n/de';
import { en } from '../../src/shared/i18n/en';
import { localeOf, translate, translatePlural } from '../../src/shared/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the message catalogues', () => {
  it('German has exactly the English keys, none empty', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(de)) expect(text.trim(), key).not.toBe('');
  });

  it('each German text uses the same parameters as the English one', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(de[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('every plural has both forms', () => {
    const keys = Object.keys(en);
    for (const key of keys.filter((candidate) => candidate.endsWith('.one'))) {
      expect(keys, key).toContain(key.replace(/\.one$/, '.other'));
    }
  });

  it('fills in parameters and plural forms, per language', () => {
    expect(translate('en', 'editor.saved', { name: 'Invoices' })).toBe('Saved “Invoices”.');
    expect(translate('de', 'editor.saved', { name: 'Rechnungen' })).toBe('„Rechnungen“ wurde gespeichert.');
    expect(translatePlural('en', 'list.count', 1)).toBe('1 account');
    expect(translatePlural('en', 'list.count', 1000)).toBe('1000 accounts');
    expect(translatePlural('de', 'list.count', 2)).toBe('2 Konten');
  });

  it('takes German from any German locale tag and English otherwise', () => {
    for (const tag of ['de', 'de-DE', 'de-AT', 'de_CH.UTF-8']) expect(localeOf(tag)).toBe('de');
    for (const tag of ['en-US', 'fr-FR', 'C.UTF-8', undefined, 'dev']) expect(localeOf(tag)).toBe('en');
  });
});
