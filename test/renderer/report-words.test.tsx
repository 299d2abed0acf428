import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountRow } from '../../src/renderer/src/components/AccountRow';
import { Sidebar } from '../../src/renderer/src/components/Sidebar';
import { TestReportView } from '../../src/renderer/src/components/TestReportView';
import { useI18n } from '../../src/renderer/src/i18n';
import type { AccountsState } from '../../src/renderer/src/hooks/useAccounts';
import { OverviewPage } from '../../src/renderer/src/pages/OverviewPage';
import { accountSettingsSchema, type AccountView } from '../../src/shared/account';
import type { ConnectionTestReport, TlsInfo } from '../../src/shared/connection-test';
import { ERROR_CODES } from '../../src/shared/error-codes';
import { literal, message } from '../../src/shared/i18n/message';
import { installFakeApi } from '../support/fake-window-api';
import { renderWithProviders } from '../support/render-with-providers';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const FINGERPRINT = Array.from({ length: 32 }, () => 'AB').join(':');
const CODE = /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/;

const selfSigned = (trust: Partial<TlsInfo>): TlsInfo => ({
  protocol: 'TLSv1.3',
  cipher: 'TLS_AES_256_GCM_SHA384',
  authorized: false,
  authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT',
  certificate: {
    subject: 'CN=exchange.contoso.local',
    issuer: 'CN=exchange.contoso.local',
    validFrom: '2026-01-01T00:00:00.000Z',
    validTo: '2027-01-01T00:00:00.000Z',
    fingerprint256: FINGERPRINT,
    subjectAltNames: [],
  },
  ...trust,
});

const refused: ConnectionTestReport = {
  ok: false,
  error: {
    code: 'CONNECTION_REFUSED',
    message: message('failure.refused.message', { where: 'mail.contoso.local:993' }),
    hint: message('failure.refused.hint'),
  },
  stages: [
    { name: 'dns', status: 'ok', ms: 2, detail: literal('10.0.0.5') },
    { name: 'tcp', status: 'failed', ms: 4 },
    { name: 'greeting', status: 'skipped', ms: 0 },
    { name: 'auth', status: 'skipped', ms: 0 },
  ],
  durationMs: 9,
};

const untrusted: ConnectionTestReport = {
  ok: false,
  error: {
    code: 'TLS_CERT_UNTRUSTED',
    message: message('failure.selfSigned.message', { subject: 'CN=exchange.contoso.local' }),
    hint: message('failure.selfSigned.hint'),
  },
  stages: [{ name: 'tls', status: 'failed', ms: 7 }],
  tls: selfSigned({}),
  durationMs: 12,
};

const pinnedSuccess: ConnectionTestReport = {
  ok: true,
  stages: [{ name: 'tls', status: 'ok', ms: 7 }],
  tls: selfSigned({ trustedBy: 'fingerprint' }),
  durationMs: 12,
};

function Report({ report, pinned = '' }: { report: ConnectionTestReport; pinned?: string }) {
  return (
    <>
      <Sidebar page="accounts" onNavigate={() => undefined} onHelp={() => undefined} />
      <TestReportView
        report={report}
        runningSince={undefined}
        trustedFingerprint={pinned}
        onTrust={() => undefined}
        onCopyDiagnostics={() => undefined}
        server="mail.contoso.local"
        onCreateFolders={() => undefined}
      />
    </>
  );
}

describe('a failed report reads as words, the code as a secondary line', () => {
  it('headline, hint, stages, then "Error code: …"; the same in German', async () => {
    installFakeApi({});
    await renderWithProviders(<Report report={refused} />, 'The server refused the connection');
    const region = screen.getByRole('region', { name: 'Test result' });
    const headline = within(region).getByText('The server refused the connection');
    expect(headline.textContent).not.toMatch(CODE);
    expect(within(region).getByText('Error code: CONNECTION_REFUSED')).toBeTruthy();
    const stages = within(within(region).getByRole('list', { name: 'Stages' })).getAllByRole('listitem');
    const names = stages.map((stage) => stage.textContent ?? '');
    expect(names[0]).toContain('Name lookup (DNS)');
    expect(names[1]).toContain('Connection');
    expect(names[2]).toContain('Server greeting');
    expect(names[3]).toContain('Sign-in');

    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'de' } });
    const regionDe = await screen.findByRole('region', { name: 'Testergebnis' });
    expect(within(regionDe).getByText('Der Server hat die Verbindung abgelehnt')).toBeTruthy();
    expect(within(regionDe).getByText('Fehlercode: CONNECTION_REFUSED')).toBeTruthy();
    const text = regionDe.textContent ?? '';
    for (const words of ['Namensauflösung (DNS)', 'Verbindungsaufbau', 'Begrüßung des Servers', 'Anmeldung'])
      expect(text).toContain(words);
    for (const id of ['dns', 'tcp', 'greeting', 'auth']) expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
  });
});

describe('the certificate card: words for its trust, a shield only when trusted', () => {
  it('a pinned certificate that passed is "trusted by fingerprint", with a shield and no chain code', async () => {
    installFakeApi({});
    await renderWithProviders(<Report report={pinnedSuccess} pinned={FINGERPRINT} />, 'trusted by fingerprint');
    const card = screen.getByLabelText('Server certificate');
    expect(card.querySelector('[data-certificate-trust]')?.textContent).toBe('trusted by fingerprint');
    expect(card.textContent).not.toContain('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(card.querySelector('[data-icon="shield-checkmark"]')).not.toBeNull();
    expect(card.querySelector('[data-icon="warning"]')).toBeNull();
    expect(within(card).queryByRole('button', { name: 'Trust this certificate' })).toBeNull();
  });

  it('a refused self-signed certificate says so in words, with a warning icon and the way to trust it', async () => {
    installFakeApi({});
    await renderWithProviders(<Report report={untrusted} />, 'not trusted: self-signed');
    const card = screen.getByLabelText('Server certificate');
    expect(card.textContent).not.toContain('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(card.querySelector('[data-icon="shield-checkmark"]')).toBeNull();
    expect(card.querySelector('[data-icon="warning"]')).not.toBeNull();
    expect(within(card).getByRole('button', { name: 'Trust this certificate' })).toBeTruthy();
    // The headline is words too; the code is the secondary line only.
    expect(screen.getByText("The server's certificate is not trusted")).toBeTruthy();
    expect(screen.getByText('Error code: TLS_CERT_UNTRUSTED')).toBeTruthy();
  });

  it('Validate SSL off is "not checked", with a warning, never a shield', async () => {
    installFakeApi({});
    const unchecked = { ...pinnedSuccess, tls: selfSigned({ trustedBy: 'notValidated' }) };
    await renderWithProviders(<Report report={unchecked} />, 'not checked: Validate SSL is off');
    const card = screen.getByLabelText('Server certificate');
    expect(card.querySelector('[data-icon="shield-checkmark"]')).toBeNull();
    expect(card.querySelector('[data-icon="warning"]')).not.toBeNull();
  });
});

const view = (name: string, lastTest: AccountView['lastTest']): AccountView => ({
  ...accountSettingsSchema.parse({
    server: 'mail.contoso.local',
    port: 993,
    encryption: 'ssl',
    validateSsl: true,
    connectionName: name,
    emailAddress: 'invoices@contoso.local',
    userName: 'CONTOSO\\invoices',
    insecureAcknowledged: false,
  }),
  id: `a1b2c3d4-0000-4000-8000-00000000000${name.length}`,
  createdAt: '2026-11-26T09:00:00.000Z',
  updatedAt: '2026-11-26T09:00:00.000Z',
  hasPassword: true,
  passwordNeedsReentry: false,
  ...(lastTest ? { lastTest } : {}),
});

const at = '2026-11-26T09:05:00.000Z';
// The overview lists the trust sources it asks main for.
const withAppInfo = () =>
  installFakeApi({
    getAppInfo: async () => ({ ok: true, value: { version: '1.2.3', runtime: { node: '24.0.0' }, trustSources: [] } }),
  });
const summary = message('accounts.lastTest.failed');

function Rows({ accounts }: { accounts: AccountView[] }) {
  const { t } = useI18n();
  return (
    <>
      <Sidebar page="overview" onNavigate={() => undefined} onHelp={() => undefined} />
      <div role="listbox" aria-label="rows">
        {accounts.map((account, index) => (
          <AccountRow
            key={account.id}
            account={account}
            id={`row-${account.id}`}
            index={index}
            count={accounts.length}
            selected={false}
            open={false}
            active={false}
            t={t}
            onClick={() => undefined}
          />
        ))}
      </div>
      <OverviewPage accounts={{ accounts, loading: false } as AccountsState} onOpenAccounts={() => undefined} />
    </>
  );
}

describe('badges in the account list and the overview: words, the code only as the tooltip', () => {
  it('each code of the list has a badge in words in both languages', async () => {
    const accounts = ERROR_CODES.map((code, index) =>
      view(`Account ${String(index).padStart(2, '0')}`, { at, ok: false, code, summary }),
    );
    withAppInfo();
    await renderWithProviders(<Rows accounts={accounts} />, 'Refused');
    for (const locale of ['en', 'de']) {
      if (locale === 'de')
        fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'de' } });
      await screen.findAllByText(locale === 'de' ? 'Abgelehnt' : 'Refused');
      const badges = [...document.querySelectorAll<HTMLElement>('[data-test-state="failed"]')];
      // One in the list and one in the overview per account.
      expect(badges).toHaveLength(ERROR_CODES.length * 2);
      for (const badge of badges) {
        expect(badge.textContent).not.toMatch(CODE);
        expect(badge.title).toMatch(locale === 'de' ? /^Fehlercode: [A-Z_]+$/ : /^Error code: [A-Z_]+$/);
      }
    }
  });

  it('a success reads "Connected", an untested account "not tested yet", without a tooltip', async () => {
    withAppInfo();
    await renderWithProviders(
      <Rows accounts={[view('Good', { at, ok: true, summary }), view('New', undefined)]} />,
      'not tested yet',
    );
    const ok = [...document.querySelectorAll<HTMLElement>('[data-test-state="ok"]')];
    expect(ok.map((badge) => badge.textContent)).toEqual(['Connected', 'Connected']);
    expect(ok.every((badge) => badge.title === '')).toBe(true);
  });
});
