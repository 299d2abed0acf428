import { describe, expect, it, vi } from 'vitest';
import { HELP_TOPICS, helpTopicsOf, helpTopicsOfKey, PAGE_HELP } from '../../src/shared/help-links';
import { en } from '../../src/shared/i18n/en';
import { message, messageList } from '../../src/shared/i18n/message';

vi.mock('electron', async () => {
  const { fakeElectron } = await import('../support/fake-electron');
  return { ...fakeElectron, default: fakeElectron };
});
// Main's own allow-list, which decides what the window's open handler passes to the system browser.
const { isAllowedExternalLink } = await import('../../src/main/window');

/** The cmdlets an English text names, e.g. "Set-ImapSettings -X509CertificateName" → Set-ImapSettings. */
const cmdletsIn = (text: string) => [...text.matchAll(/\b(?:Set|Get|Add|New|Test)-[A-Z][A-Za-z]+/g)].map((m) => m[0]);

describe('help links to the Microsoft documentation', () => {
  it('are all https pages that main hands to the system browser', () => {
    for (const topic of Object.values(HELP_TOPICS)) expect(isAllowedExternalLink(topic.url), topic.url).toBe(true);
  });

  it('link every cmdlet a hint or form text names to its own page', () => {
    const linkedCmdlets = (key: keyof typeof en) =>
      helpTopicsOfKey(key).flatMap((topic) => {
        const link = HELP_TOPICS[topic];
        return 'cmdlet' in link ? [link.cmdlet] : [];
      });
    const named = Object.entries(en).filter(([, text]) => cmdletsIn(text).length > 0);
    expect(named.length).toBeGreaterThanOrEqual(5);
    for (const [key, text] of named) {
      // Set-Service is linked where it is named; every Exchange cmdlet is.
      expect(linkedCmdlets(key as keyof typeof en), key).toEqual(expect.arrayContaining(cmdletsIn(text)));
    }
  });

  it('finds the topics of a message made of several, once each', () => {
    const hint = messageList([message('failure.refused993.hint'), message('failure.refused.hint')], ' ');
    expect(helpTopicsOf(hint)).toEqual(['configureImap4', 'setService']);
    expect(helpTopicsOf(message('failure.timeout.hint'))).toEqual([]);
    expect(helpTopicsOf(undefined)).toEqual([]);
  });

  it('gives every page a help text with documentation', () => {
    for (const help of Object.values(PAGE_HELP)) {
      expect(help.paragraphs.length).toBeGreaterThan(0);
      expect(help.topics.length).toBeGreaterThan(0);
    }
  });
});
