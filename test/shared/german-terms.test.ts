import { describe, expect, it } from 'vitest';
import { classifyError, connectionTimeout } from '../../src/core/connection-test/classify-error';
import { STAGE_NAMES } from '../../src/shared/connection-test';
import { renderMessage, translate, type MessageKey } from '../../src/shared/i18n';
import { de } from '../../src/shared/i18n/de';
import { en } from '../../src/shared/i18n/en';

// The German catalogue as a native speaker writes it for Windows and Exchange admins (issue 15,
// item 4): one word for each thing, Microsoft's terms, Sie-form, German quotes. The term list is at
// the top of src/shared/i18n/de.ts; this test keeps every German text to it.

const entries = Object.entries(de) as [MessageKey, string][];

/** A text's words with its ICU parameters emptied: `{greeting}` is a parameter, not an English word. */
function words(text: string): string {
  return text.replace(/\{[A-Za-z]+\}/g, '{}');
}

/** The entries whose words match `pattern`, as "key: text", for a failure message that names them. */
function offending(pattern: RegExp): string[] {
  return entries.filter(([, text]) => pattern.test(words(text))).map(([key, text]) => `${key}: ${text}`);
}

describe('the German catalogue refuses wrong terms', () => {
  it.each<[string, RegExp]>([
    ['„Mail“ or „Mails“ instead of E-Mail(s)', /(?<![-\p{L}])Mails?(?![\p{L}-])/u],
    ['„Kennzeichnung“ instead of Bezeichnung', /Kennzeichn/],
    ['Zertifikat- compounds without the s (Zertifikatkette, Zertifikat-Kette)', /Zertifikat(?:-|[a-df-rt-zäöüß])/],
    ['„Zertifikatspeicher“ instead of Zertifikatsspeicher', /Zertifikatspeicher/],
    ['„Passwort“ instead of Kennwort', /Passw(?:o|ö)rt/],
    ['another name for the product area than E-Mail-Verarbeitung', /Dokumentenverarbeitung|Belegverarbeitung/],
    ['„Sie werden … neu eingegeben“ (the passwords must be entered again)', /Sie werden [^.:;]*neu eingegeben/],
    // {stage} after „während“ is given in the genitive (stageDuring.*: „während der Anmeldung“).
    ['„während“ before a stage id (a name without its case)', /während (?:greeting|auth|tls|dns|tcp)/],
    ['an English stage word', /\b(?:greeting|auth|mailbox|logout)\b/],
    ['English words left over', /\b(?:the|and|with|not|account|password|folder|failed|succeeded|cancelled)\b/i],
    ['the du-form instead of Sie', /\b(?:du|dich|dir|dein\w*)\b/i],
    ['straight double quotes instead of „…“', /"/],
    ['an English closing quote ” instead of “', /”/],
    ['„Posteingang“ without „(INBOX)“', /Posteingang(?! \(INBOX\))/],
    ['INBOX on its own instead of „Posteingang (INBOX)“', /(?<!\()INBOX(?![)/])/],
    ['„Stick“ without USB-', /(?<!USB-)\bStick/],
  ])('no text has %s', (_what, pattern) => {
    // The texts that still do are listed, so the failure says where to look.
    expect(offending(pattern)).toEqual([]);
  });

  it('every „ has its “', () => {
    const unbalanced = entries.filter(([, text]) => text.split('„').length !== text.split('“').length);
    expect(unbalanced.map(([key]) => key)).toEqual([]);
  });
});

describe('the German catalogue uses the phrasings of the issue', () => {
  it.each<[MessageKey, string | RegExp]>([
    ['nav.emailProcessing', 'E-Mail-Verarbeitung'],
    ['form.section.processing', 'E-Mail-Verarbeitung'],
    ['readiness.label', 'E-Mail-Verarbeitung'],
    ['confirm.delete.body', 'Die E-Mail-Verarbeitung liest dieses Postfach'],
    ['form.successFolder', 'Ordner für verarbeitete E-Mails'],
    ['form.failedFolder', 'Ordner für fehlgeschlagene E-Mails'],
    ['form.processing.hint', 'E-Mails werden aus dem Posteingang (INBOX) gelesen'],
    ['accounts.lastTest.ok', 'der Posteingang (INBOX) enthält'],
    ['report.succeeded.body', 'den Posteingang (INBOX) gelesen'],
    ['certificate.trust.authority', 'von diesem Computer als vertrauenswürdig eingestuft'],
    ['failure.selfSigned.message', 'von diesem Computer nicht als vertrauenswürdig eingestuft'],
    ['encryption.notls.description', 'Bei „Kein TLS“ wird nie'],
    ['export.noPasswords', 'Die Kennwörter müssen nach dem Import neu eingegeben werden'],
    ['form.section.identification', /^Bezeichnung$/],
    ['failure.certRejected.hint', 'Zertifikatskette'],
    ['storage.recovered', 'das Original bleibt als {keptAs} erhalten'],
    ['storage.migrated', 'die bisherige Datei bleibt als {keptAs} erhalten'],
    ['import.reason.kept', 'bleibt erhalten'],
  ])('%s says %s', (key, phrase) => {
    if (typeof phrase === 'string') expect(de[key]).toContain(phrase);
    else expect(de[key]).toMatch(phrase);
  });

  it('names every stage in German where the name is a word, not a protocol', () => {
    const words = STAGE_NAMES.filter((stage) => !['dns', 'tcp', 'tls', 'starttls'].includes(stage));
    for (const stage of words) expect(de[`stageTitle.${stage}`], stage).not.toBe(en[`stageTitle.${stage}`]);
    expect(de['stageTitle.greeting']).toBe('Begrüßung des Servers');
    expect(de['stageTitle.auth']).toBe('Anmeldung');
  });

  it('a failure during a stage names the stage in German, not by its English id', () => {
    const context = { stage: 'greeting' as const, server: 'mail.example.local', port: 993, implicitTls: true };
    const deadline = renderMessage('de', connectionTimeout(context, 15_000).message);
    expect(deadline).toBe(
      'Keine Antwort von mail.example.local:993 innerhalb von 15 s (während der Begrüßung des Servers).',
    );
    const closed = renderMessage(
      'de',
      classifyError(new Error('Connection closed'), { ...context, stage: 'auth' }).message,
    );
    expect(closed).toBe('mail.example.local:993 hat die Verbindung während der Anmeldung geschlossen.');
    // English keeps its words, and a count of one message is singular in both languages.
    expect(renderMessage('en', connectionTimeout(context, 15_000).message)).not.toContain('(during greeting)');
    expect(translate('de', 'accounts.lastTest.ok', { messages: 1 })).toBe(
      'Angemeldet; der Posteingang (INBOX) enthält 1 Nachricht.',
    );
    expect(translate('en', 'accounts.lastTest.ok', { messages: 1 })).toBe('Signed in; INBOX holds 1 message.');
  });
});
