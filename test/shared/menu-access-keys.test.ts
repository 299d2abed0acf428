import { describe, expect, it } from 'vitest';
import { COMMAND_IDS, COMMANDS, type MenuSection } from '../../src/shared/commands';
import { LOCALES, translate } from '../../src/shared/i18n';

/** The letter after "&": what Alt+letter picks in a Windows menu. */
function accessKey(label: string): string | undefined {
  return /&(\p{L}|\d)/u.exec(label)?.[1]?.toLocaleLowerCase();
}

describe('access keys of the application menu', () => {
  it.each(LOCALES)('are unique within each menu, and every command has one (%s)', (locale) => {
    const sections = new Map<MenuSection, string[]>();
    for (const id of COMMAND_IDS) {
      const { menu, menuLabel } = COMMANDS[id];
      const key = accessKey(translate(locale, menuLabel));
      expect(key, `${id} in ${locale} has no access key`).toBeDefined();
      sections.set(menu.section, [...(sections.get(menu.section) ?? []), key as string]);
    }
    for (const [section, keys] of sections)
      expect(new Set(keys).size, `${section} menu in ${locale}: ${keys.join(' ')}`).toBe(keys.length);
  });
});
