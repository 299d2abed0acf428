import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/shared/i18n';
import { literal, message, messageList, pluralMessage, type Message } from '../../src/shared/i18n/message';

describe('renderMessage', () => {
  it('renders keys, plurals, nested messages, lists and literal text in the language asked for', () => {
    const recovered = message('storage.recovered', {
      problem: messageList([literal('a'), message('storage.problem.sameId')], ' – '),
      count: 1,
      keptAs: 'x.json',
    });
    expect(renderMessage('en', recovered)).toBe(
      'The settings file could not be used as it was: a – the same id as an earlier account. 1 account could be recovered; the original is kept as x.json.',
    );
    expect(renderMessage('de', recovered)).toMatch(
      /^Die Einstellungsdatei war so nicht verwendbar: a – .* 1 Konto konnte /,
    );
    // A plural as a message of its own (as an older file may hold one) renders too.
    expect(renderMessage('de', pluralMessage('list.count', 2))).toBe('2 Konten');
  });

  it('always returns a string, even for a message read back damaged from a file', () => {
    // Shapes the stored schema lets through from a hand-edited file: the window must get text, not an object.
    const damaged = [
      { key: 'storage.problem.sameId', text: {} },
      { list: [], separator: '', text: 7 },
      { text: { nested: true } },
    ] as unknown as Message[];
    for (const shape of damaged) expect(typeof renderMessage('en', shape)).toBe('string');
    expect(renderMessage('en', damaged[0] as Message)).toBe('the same id as an earlier account');
  });
});
