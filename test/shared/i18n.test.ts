import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/shared/i18n/de';
import { en } from '../../src/shared/i18n/en';
import { localeOf, translate, translatePlural, type Locale, type MessageKey } from '../../src/shared/i18n';

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }>; children?: Element[] };

/** ICU element types (FormatJS's parser): 1 argument, 2 number, 5 select, 6 plural. */
const SIMPLE_ARGUMENT = 1;
const PLURAL = 6;

function elementsOf(locale: Locale, text: string): Element[] {
  return new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }).getAst() as Element[];
}

/** Every argument a text uses, with how: "count:plural", "name:argument". */
function argumentsOf(elements: Element[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (typeof element.value === 'string' && element.type >= SIMPLE_ARGUMENT && element.type <= PLURAL)
      found.add(`${element.value}:${element.type === PLURAL ? 'plural' : 'argument'}`);
    for (const option of Object.values(element.options ?? {})) argumentsOf(option.value, found);
    if (element.children) argumentsOf(element.children, found);
  }
  return found;
}

/** A number shown without a noun (a count in brackets, "3 OK"): the only place a bare {count} is right. */
const COUNT_WITHOUT_NOUN = new Set<MessageKey>([
  'picker.all',
  'importDialog.confirm',
  'overview.ok',
  'overview.failing',
  'overview.untested',
  'storage.problem.more',
  'schema.number.tooBig',
  'schema.number.tooSmall',
  'testAll.progress',
  'testAll.progress.detail',
  'overview.more',
  // German makes its verb agree ("ändert"/"ändern"); English says "will change" for any number.
  'importDialog.summary',
]);
const COUNTS = new Set(['count', 'limit', 'total', 'running', 'changes', 'messages']);

const keys = Object.keys(en) as MessageKey[];

describe('the message catalogues', () => {
  it('German has exactly the English keys, none empty', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(de)) expect(text.trim(), key).not.toBe('');
  });

  it('every text is valid ICU MessageFormat, and German uses the same parameters', () => {
    const names = (locale: Locale, text: string) =>
      [...new Set([...argumentsOf(elementsOf(locale, text))].map((argument) => argument.split(':')[0]))].sort();
    for (const key of keys) expect(names('de', de[key]), key).toEqual(names('en', en[key]));
  });

  it('a count next to a noun is always a plural, in both languages', () => {
    const bare = keys.flatMap((key) =>
      (['en', 'de'] as const).flatMap((locale) =>
        [...argumentsOf(elementsOf(locale, (locale === 'en' ? en : de)[key]))]
          .filter((argument) => COUNTS.has(argument.split(':')[0] ?? '') && argument.endsWith(':argument'))
          .filter(() => !COUNT_WITHOUT_NOUN.has(key))
          .map((argument) => `${locale} ${key} ${argument}`),
      ),
    );
    expect(bare).toEqual([]);
  });

  it.each<[MessageKey, Record<string, string | number>, [string, string, string], [string, string, string]]>([
    ['list.count', {}, ['0 accounts', '1 account', '2 accounts'], ['0 Konten', '1 Konto', '2 Konten']],
    [
      'testAll.start',
      {},
      ['Test 0 accounts', 'Test 1 account', 'Test 2 accounts'],
      ['0 Konten testen', '1 Konto testen', '2 Konten testen'],
    ],
    [
      'overview.mailboxes',
      {},
      ['0 mailboxes', '1 mailbox', '2 mailboxes'],
      ['0 Postfächer', '1 Postfach', '2 Postfächer'],
    ],
    [
      'trust.certificates',
      {},
      ['0 certificates', '1 certificate', '2 certificates'],
      ['0 Zertifikate', '1 Zertifikat', '2 Zertifikate'],
    ],
  ])('%s for 0, 1 and 2', (key, params, english, german) => {
    expect([0, 1, 2].map((count) => translatePlural('en', key, count, params))).toEqual(english);
    expect([0, 1, 2].map((count) => translatePlural('de', key, count, params))).toEqual(german);
  });

  it.each<[MessageKey, string, Record<string, string | number>, string, string]>([
    [
      'testAll.serverLimit',
      'limit',
      { server: 'mx' },
      'mx accepted only 1 connection at once.',
      'mx hat nur 1 Verbindung gleichzeitig angenommen.',
    ],
    [
      'testAll.progress.detail',
      'running',
      { ok: 0, failed: 0 },
      '0 succeeded, 0 failed, 1 running',
      '0 erfolgreich, 0 fehlgeschlagen, 1 läuft',
    ],
    ['list.filtered', 'total', { shown: 1 }, '1 of 1 account', '1 von 1 Konto'],
    [
      'trustForm.ca.loaded',
      'count',
      {},
      "1 certificate loaded, trusted in addition to Windows' store.",
      '1 Zertifikat geladen, zusätzlich zum Windows-Zertifikatsspeicher vertrauenswürdig.',
    ],
  ])('%s: the singular where its %s is 1', (key, counted, params, english, german) => {
    expect(translate('en', key, { ...params, [counted]: 1 })).toBe(english);
    expect(translate('de', key, { ...params, [counted]: 1 })).toBe(german);
    expect(translate('en', key, { ...params, [counted]: 2 })).not.toBe(english);
  });

  it('German verbs agree with the count of recovered accounts', () => {
    const params = { problem: 'x', keptAs: 'y' };
    expect(translate('de', 'storage.recovered', { ...params, count: 1 })).toContain('1 Konto konnte wiederhergestellt');
    expect(translate('de', 'storage.recovered', { ...params, count: 2 })).toContain(
      '2 Konten konnten wiederhergestellt',
    );
    expect(translate('en', 'storage.recovered', { ...params, count: 0 })).toContain('0 accounts could be recovered');
  });

  it('fills in parameters, and leaves a missing one as its placeholder instead of failing', () => {
    expect(translate('en', 'editor.saved', { name: 'Invoices' })).toBe('Saved “Invoices”.');
    expect(translate('de', 'editor.saved', { name: 'Rechnungen' })).toBe('„Rechnungen“ wurde gespeichert.');
    expect(translate('en', 'editor.saved', {})).toBe('Saved “{name}”.');
  });

  it('takes German from any German locale tag and English otherwise', () => {
    for (const tag of ['de', 'de-DE', 'de-AT', 'de_CH.UTF-8']) expect(localeOf(tag)).toBe('de');
    for (const tag of ['en-US', 'fr-FR', 'C.UTF-8', undefined, 'dev']) expect(localeOf(tag)).toBe('en');
  });
});
