import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderMessage } from '../../src/shared/i18n';
import { messageOfIssue, schemaMessage } from '../../src/shared/schema-message';

/** The first issue zod reports for `value`, in both languages. */
function wordsFor(schema: z.ZodType, value: unknown) {
  const parsed = schema.safeParse(value);
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  if (!issue) throw new Error('expected an issue');
  const reason = messageOfIssue(issue);
  return { en: renderMessage('en', reason), de: renderMessage('de', reason) };
}

describe('zod issues in our words, in the reader’s language', () => {
  it.each<[string, z.ZodType, unknown, string, string]>([
    ['a missing text', z.object({ server: z.string() }), {}, 'must be text', 'muss Text sein'],
    ['a number', z.number(), 'x', 'must be a number', 'muss eine Zahl sein'],
    ['a flag', z.boolean(), 1, 'must be yes or no (true/false)', 'muss Ja oder Nein (true/false) sein'],
    ['an object', z.object({}), null, 'must be an object', 'muss ein Objekt sein'],
    ['a list', z.array(z.string()), 'x', 'must be a list', 'muss eine Liste sein'],
    ['an unnamed kind', z.bigint(), 1, 'must be bigint', 'muss bigint sein'],
    ['a long text', z.string().max(3), 'abcd', 'longer than 3 characters', 'länger als 3 Zeichen'],
    ['a short text', z.string().min(2), 'a', 'shorter than 2 characters', 'kürzer als 2 Zeichen'],
    ['many entries', z.array(z.number()).max(1), [1, 2], 'more than 1 entry', 'mehr als 1 Eintrag'],
    ['few entries', z.array(z.number()).min(2), [1], 'fewer than 2 entries', 'weniger als 2 Einträge'],
    ['a big number', z.number().max(5), 6, 'greater than 5', 'größer als 5'],
    ['a small number', z.number().min(5), 4, 'less than 5', 'kleiner als 5'],
    [
      'a value not offered',
      z.enum(['none', 'encrypted']),
      'x',
      'must be one of: "none", "encrypted"',
      'muss einer dieser Werte sein: "none", "encrypted"',
    ],
    ['a pattern', z.string().regex(/^a+$/), 'b', 'not in the expected format', 'nicht im erwarteten Format'],
    [
      'unknown fields',
      z.strictObject({}),
      { colour: 1, size: 2 },
      'unknown fields: colour, size',
      'unbekannte Felder: colour, size',
    ],
    ['a failed rule', z.string().refine(() => false), 'x', 'not valid', 'ungültig'],
  ])('%s', (_case, schema, value, en, de) => {
    expect(wordsFor(schema, value)).toEqual({ en, de });
  });

  it('keeps the message a shared schema chose, with its parameters', () => {
    const schema = z.string().max(2, { error: schemaMessage('validation.folder.tooLong', { max: 2 }) });
    expect(wordsFor(schema, 'abc').en).toBe(
      renderMessage('en', { key: 'validation.folder.tooLong', params: { max: 2 } }),
    );
  });

  it('does not take a text that only looks marked for a message', () => {
    const reason = messageOfIssue({ code: 'custom', message: '\u0000message:{not json' });
    expect(renderMessage('en', reason)).toBe('not valid');
  });
});
