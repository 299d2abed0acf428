import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar } from '../../src/renderer/src/components/Sidebar';
import { TestReportView } from '../../src/renderer/src/components/TestReportView';
import { OverviewPage } from '../../src/renderer/src/pages/OverviewPage';
import { accountSettingsSchema, type AccountView } from '../../src/shared/account';
import type { ConnectionTestReport } from '../../src/shared/connection-test';
import { literal, message, messageList } from '../../src/shared/i18n/message';
import type { MailboxConnectApi } from '../../src/shared/ipc';
import { installFakeApi } from '../support/fake-window-api';
import { renderWithProviders } from '../support/render-with-providers';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const WHERE = 'mail.contoso.local:993';

/** A failed test as the core reports it: messages, one of them carrying the server's own words. */
const failedReport: ConnectionTestReport = {
  ok: false,
  error: {
    code: 'CONNECTION_REFUSED',
    message: message('failure.refused.message', { where: WHERE }),
    hint: message('failure.refused.hint'),
  },
  stages: [
    { name: 'dns', status: 'ok', ms: 2, detail: literal('10.0.0.5') },
    { name: 'tcp', status: 'failed', ms: 4, detail: message('failure.refused.message', { where: WHERE }) },
    { name: 'tls', status: 'skipped', ms: 0, detail: message('stage.tls.unencrypted') },
    { name: 'auth', status: 'skipped', ms: 0, detail: message('stage.auth.noUser') },
  ],
  durationMs: 9,
};

const account: AccountView = {
  ...accountSettingsSchema.parse({
    server: 'mail.contoso.local',
    port: 993,
    encryption: 'ssl',
    validateSsl: true,
    connectionName: 'Invoices',
    emailAddress: 'invoices@contoso.local',
    userName: 'CONTOSO\\invoices',
    insecureAcknowledged: false,
  }),
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  createdAt: '2026-11-26T09:00:00.000Z',
  updatedAt: '2026-11-26T09:00:00.000Z',
  hasPassword: true,
  passwordNeedsReentry: false,
  lastTest: {
    at: '2026-11-26T09:05:00.000Z',
    ok: true,
    summary: messageList(
      [
        message('accounts.lastTest.ok', { messages: 12 }),
        message('accounts.lastTest.notReady', { folders: 'FailedProcessing' }),
      ],
      ' ',
    ),
  },
};

function Window() {
  return (
    <>
      <Sidebar page="overview" onNavigate={() => undefined} onHelp={() => undefined} />
      <OverviewPage
        accounts={{ accounts: [account], loading: false } as Parameters<typeof OverviewPage>[0]['accounts']}
        onOpenAccounts={() => undefined}
      />
      <TestReportView
        report={failedReport}
        runningSince={undefined}
        trustedFingerprint=""
        onTrust={() => undefined}
        onCopyDiagnostics={() => undefined}
        server="mail.contoso.local"
        onCreateFolders={() => undefined}
      />
    </>
  );
}

describe('a report and the last test result change language with the window, from what was already received', () => {
  it('shows them in English, then in German after the language picker, without asking main again', async () => {
    window.localStorage.setItem('mailbox-connect.locale', 'en');
    const setLocale = vi.fn<MailboxConnectApi['setLocale']>(async (locale) => ({ ok: true, value: { locale } }));
    // The overview's trust sources arrive as messages too, fetched once like everything else here.
    const getAppInfo = vi.fn<MailboxConnectApi['getAppInfo']>(async () => ({
      ok: true,
      value: {
        version: '1.2.3',
        runtime: { node: '24.0.0' },
        trustSources: [{ name: message('trust.bundled.name'), certificates: 140, note: message('trust.bundled.note') }],
      },
    }));
    installFakeApi({ setLocale, getAppInfo });
    // Every method the window reaches for from here on: a switch of language must not fetch anything again.
    const used: string[] = [];
    const api = window.api;
    Object.defineProperty(window, 'api', {
      value: new Proxy(api, {
        get: (target, name: string) => {
          used.push(name);
          return target[name as keyof MailboxConnectApi];
        },
      }),
      configurable: true,
      writable: true,
    });
    await renderWithProviders(<Window />, /refused the connection/);

    const report = screen.getByRole('region', { name: 'Test result' });
    expect(report.textContent).toContain(`${WHERE} refused the connection: nothing listens on this port.`);
    expect(report.textContent).toContain('unencrypted option');
    expect(report.textContent).toContain('no user name given: stopped after the greeting');
    // Stages by name: English keeps its stage ids, German says what the step is.
    expect(within(report).getByText('Sign-in')).toBeTruthy();
    const overview = screen.getByRole('table', { name: /./ });
    expect(overview.textContent).toContain(
      'Signed in; INBOX holds 12 messages. Not ready for document processing: FailedProcessing.',
    );
    const englishWords = [
      'refused the connection',
      'nothing listens',
      'unencrypted option',
      'no user name given',
      'Signed in',
      'INBOX holds',
      'Not ready',
    ];
    expect(await screen.findByText('Mozilla root certificates built into Node.js')).toBeTruthy();
    expect(screen.getByText(/public certificate authorities/)).toBeTruthy();
    const before = [...used];

    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'de' } });

    const reportDe = await screen.findByRole('region', { name: 'Testergebnis' });
    const overviewDe = within(document.body).getByRole('table', { name: /./ });
    expect(reportDe.textContent).toContain(`${WHERE} hat die Verbindung abgelehnt`);
    expect(reportDe.textContent).toContain('unverschlüsselte Option');
    expect(within(reportDe).getByText('Anmeldung')).toBeTruthy();
    expect(within(reportDe).queryByText('Sign-in')).toBeNull();
    expect(overviewDe.textContent).toContain('Angemeldet; der Posteingang (INBOX) enthält 12 Nachrichten.');
    expect(overviewDe.textContent).toContain('Nicht bereit für die E-Mail-Verarbeitung: FailedProcessing.');
    for (const words of englishWords) {
      expect(reportDe.textContent).not.toContain(words);
      expect(overviewDe.textContent).not.toContain(words);
    }
    expect(await screen.findByText('In Node.js enthaltene Mozilla-Stammzertifikate')).toBeTruthy();
    expect(screen.getByText(/öffentliche Zertifizierungsstellen/)).toBeTruthy();
    expect(screen.getByText(/140 Zertifikate/)).toBeTruthy();
    expect(getAppInfo).toHaveBeenCalledTimes(1);
    // The server's own words stay as they were sent.
    expect(reportDe.textContent).toContain('10.0.0.5');
    // The switch tells main the language (its menu); no report, account, last test result or app
    // information was fetched again.
    expect(used.slice(before.length).filter((name) => name !== 'setLocale')).toEqual([]);
    expect(setLocale).toHaveBeenLastCalledWith('de');
  });
});
