import { describe, expect, it } from 'vitest';
import { STAGE_NAMES } from '../../src/shared/connection-test';
import { ERROR_CODES } from '../../src/shared/error-codes';
import { CATALOGUES, LOCALES, translate } from '../../src/shared/i18n';
import {
  FAILURE_BADGE_KEYS,
  FAILURE_TITLE_KEYS,
  STAGE_DURING_KEYS,
  STAGE_TITLE_KEYS,
  failureBadgeKey,
  failureTitleKey,
} from '../../src/shared/report-titles';

const CODE_TABLES = { title: FAILURE_TITLE_KEYS, badge: FAILURE_BADGE_KEYS } as const;
const STAGE_TABLES = { title: STAGE_TITLE_KEYS, during: STAGE_DURING_KEYS } as const;

describe('every error code and every stage has words in both languages', () => {
  for (const locale of LOCALES) {
    for (const [table, keys] of Object.entries(CODE_TABLES)) {
      it(`${locale}: a ${table} for each of the ${ERROR_CODES.length} codes, none of them the code, all different`, () => {
        const texts = ERROR_CODES.map((code) => {
          const key = keys[code];
          expect(Object.hasOwn(CATALOGUES[locale], key), `${code} → ${key}`).toBe(true);
          const text = translate(locale, key);
          expect(text.trim().length).toBeGreaterThan(0);
          expect(text).not.toContain(code);
          return text;
        });
        expect(new Set(texts).size).toBe(ERROR_CODES.length);
      });
    }
    for (const [table, keys] of Object.entries(STAGE_TABLES)) {
      it(`${locale}: a ${table} form for each stage, never the bare stage id`, () => {
        const texts = STAGE_NAMES.map((stage) => {
          const key = keys[stage];
          expect(Object.hasOwn(CATALOGUES[locale], key), `${stage} → ${key}`).toBe(true);
          const text = translate(locale, key);
          expect(text.trim().length).toBeGreaterThan(0);
          // "greeting" as a word of an English phrase is fine; the id standing alone is not.
          expect(text).not.toBe(stage);
          return text;
        });
        expect(new Set(texts).size).toBe(STAGE_NAMES.length);
      });
    }
  }

  it('the tables hold exactly the codes and stages of their lists', () => {
    for (const keys of Object.values(CODE_TABLES)) expect(Object.keys(keys).sort()).toEqual([...ERROR_CODES].sort());
    for (const keys of Object.values(STAGE_TABLES)) expect(Object.keys(keys).sort()).toEqual([...STAGE_NAMES].sort());
  });

  it('German "während …" reads as German: the stage comes with its genitive article', () => {
    for (const stage of STAGE_NAMES) expect(translate('de', STAGE_DURING_KEYS[stage])).toMatch(/^(der|des) /);
  });
});

describe('a code this version does not know (saved by a newer one), or none', () => {
  it('reads as a plain failure, never as the code or the key', () => {
    expect(failureTitleKey('QUANTUM_FLUX')).toBe(FAILURE_TITLE_KEYS.UNKNOWN);
    expect(failureBadgeKey('QUANTUM_FLUX')).toBe(FAILURE_BADGE_KEYS.UNKNOWN);
    expect(failureBadgeKey(undefined)).toBe(FAILURE_BADGE_KEYS.UNKNOWN);
    // Inherited names of Object.prototype are not codes either.
    expect(failureTitleKey('constructor')).toBe(FAILURE_TITLE_KEYS.UNKNOWN);
    expect(failureTitleKey('CONNECTION_REFUSED')).toBe('failureTitle.connectionRefused');
    expect(translate('en', failureBadgeKey('CONNECTION_REFUSED'))).toBe('Refused');
  });
});
