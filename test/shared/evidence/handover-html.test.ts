import { describe, expect, it } from 'vitest';
import { handoverHtml, type HandoverAccount } from '../../../src/shared/evidence/handover-html';
import { escapeHtml } from '../../../src/shared/evidence/html';
import { message } from '../../../src/shared/i18n/message';
import { SAMPLE_FINGERPRINT } from '../../support/sample-report';

const HOSTILE = `<script>alert("x")</script> & 'quoted'`;

function account(overrides: Partial<HandoverAccount['settings']> = {}): HandoverAccount {
  return {
    settings: {
      method: 'imap',
      connectionName: 'Invoices – Zürich',
      server: 'mail.contoso.local',
      port: 993,
      encryption: 'ssl',
      validateSsl: true,
      emailAddress: 'scan@contoso.com',
      userName: 'CONTOSO\\scan',
      sharedMailboxAlias: undefined,
      successFolder: 'SuccessProcessing',
      failedFolder: 'FailedProcessing',
      trustedFingerprint: SAMPLE_FINGERPRINT,
      ...overrides,
    },
    hasCaFile: false,
    hasPassword: true,
    lastTest: {
      at: '2026-11-26T06:07:08.000Z',
      ok: false,
      code: 'AUTH_FAILED',
      summary: message('failure.authFailed.message'),
    },
    history: [
      { at: '2026-11-26T06:07:08.000Z', ok: false, code: 'AUTH_FAILED', fingerprint: SAMPLE_FINGERPRINT },
      { at: '2026-11-25T16:00:00.000Z', ok: true },
    ],
  };
}

const page = (accounts: HandoverAccount[], locale: 'en' | 'de' = 'en') =>
  handoverHtml({
    accounts,
    generatedAt: new Date('2026-11-26T08:00:00.000Z'),
    application: 'Mailbox Connect 1.0.0',
    locale,
    timeZone: 'UTC',
  });

describe('the handover page', () => {
  it('escapes every character that could open markup, in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('shows hostile names and settings as text: no element, script or handler gets in', () => {
    const html = page([
      account({ connectionName: HOSTILE, userName: `${HOSTILE}\\u`, successFolder: '<img src=x onerror=alert(1)>' }),
    ]);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is one self-contained page: inline styles with print rules, its own CSP, no script or external reference', () => {
    const html = page([account()]);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
  });

  it('lists settings, the last test, the history with certificate fingerprints, and no password', () => {
    const html = page([account()]);
    expect(html).toContain('<h2 id="account-1">Invoices – Zürich</h2>');
    expect(html).toContain('<tr><th scope="row">Server</th><td>mail.contoso.local</td></tr>');
    expect(html).toContain('<tr><th scope="row">Encryption</th><td>SSL</td></tr>');
    expect(html).toContain('<tr><th scope="row">User name</th><td>CONTOSO\\scan</td></tr>');
    expect(html).toContain('stored on this computer (not shown)');
    expect(html).toContain(
      '<time datetime="2026-11-26T06:07:08.000Z">26 Nov 2026, 06:07:08</time>: <span class="failed">Failed (AUTH_FAILED)</span>. The server rejected the user name or password.',
    );
    // The pinned certificate and the one seen in the failed test.
    expect(html.split(SAMPLE_FINGERPRINT)).toHaveLength(3);
    expect(html).toContain('<td>OK</td><td>none</td>');
    expect(html).toContain('1 account. This report contains no passwords.');
  });

  it('speaks the window’s language', () => {
    const html = page([account(), { ...account({ connectionName: 'B' }), lastTest: undefined, history: [] }], 'de');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<title>Mailbox Connect – Übergabebericht</title>');
    expect(html).toContain('2 Konten. Dieser Bericht enthält keine Kennwörter.');
    expect(html).toContain('Fehlgeschlagen (AUTH_FAILED)');
    expect(html).toContain('Noch nicht getestet.');
    expect(html).toContain('Noch keine Tests aufgezeichnet.');
    expect(html).toContain('26.11.2026, 06:07:08');
  });

  it('says so when there are no accounts', () => {
    expect(page([])).toContain('<p>No accounts are configured.</p>');
  });
});
