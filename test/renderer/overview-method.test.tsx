import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountsState } from '../../src/renderer/src/hooks/useAccounts';
import { LOCALE_STORAGE_KEY } from '../../src/renderer/src/initial-locale';
import { OverviewPage } from '../../src/renderer/src/pages/OverviewPage';
import { accountSettingsSchema, type AccountView } from '../../src/shared/account';
import { MICROSOFT_CLOUDS } from '../../src/shared/microsoft-clouds';
import { installFakeApi } from '../support/fake-window-api';
import { renderWithProviders } from '../support/render-with-providers';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const APP = {
  tenant: 'contoso.onmicrosoft.com',
  clientId: '11111111-2222-4333-8444-555555555555',
  clientCredential: 'secret',
  userName: 'invoices@contoso.com',
  emailAddress: 'invoices@contoso.com',
  encryption: 'tls',
  validateSsl: true,
  insecureAcknowledged: false,
} as const;

let serial = 0;
const view = (connectionName: string, settings: Record<string, unknown>): AccountView => {
  serial += 1;
  return {
    ...accountSettingsSchema.parse({ connectionName, ...settings }),
    id: `a1b2c3d4-0000-4000-8000-00000000000${serial % 10}`,
    createdAt: '2026-11-26T09:00:00.000Z',
    updatedAt: '2026-11-26T09:00:00.000Z',
    hasPassword: true,
    passwordNeedsReentry: false,
  };
};

const accounts = [
  view('Invoices on-premises', {
    method: 'imap',
    server: 'mail.contoso.local',
    port: 993,
    encryption: 'ssl',
    validateSsl: true,
    emailAddress: 'invoices@contoso.local',
    userName: 'CONTOSO\\invoices',
    insecureAcknowledged: false,
  }),
  view('Invoices Exchange Online', {
    ...APP,
    method: 'imap-oauth',
    server: MICROSOFT_CLOUDS.global.imapHost,
    port: 993,
    authorityHost: MICROSOFT_CLOUDS.global.authorityHost,
  }),
  view('Credit memos GCC High', {
    ...APP,
    method: 'graph',
    server: MICROSOFT_CLOUDS.usGovernment.graphHost,
    port: 443,
    authorityHost: MICROSOFT_CLOUDS.usGovernment.authorityHost,
  }),
];

async function showOverview(ready: string) {
  installFakeApi({
    getAppInfo: async () => ({ ok: true, value: { version: '1.2.3', runtime: { node: '24.0.0' }, trustSources: [] } }),
  });
  await renderWithProviders(
    <OverviewPage accounts={{ accounts, loading: false } as AccountsState} onOpenAccounts={() => undefined} />,
    ready,
  );
}

/** The method cell of each row, by connection name, read through the table's own column header. */
function methodByName(methodHeader: string): Record<string, string> {
  const table = screen.getByRole('table');
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent);
  const column = headers.indexOf(methodHeader);
  expect(column).toBeGreaterThan(0);
  const rows = within(table).getAllByRole('row').slice(1);
  return Object.fromEntries(
    rows.map((row) => {
      const cells = within(row).getAllByRole('cell');
      return [cells[0]?.textContent ?? '', cells[column]?.textContent ?? ''];
    }),
  );
}

describe('the overview names each account’s connection method in words', () => {
  it('in English, with the cloud when it is not the global one', async () => {
    await showOverview('Connection method');
    expect(methodByName('Connection method')).toEqual({
      'Invoices on-premises': 'IMAP',
      'Invoices Exchange Online': 'IMAP with OAuth 2.0 (Microsoft 365)',
      'Credit memos GCC High': 'Microsoft Graph (Microsoft 365), US Government cloud',
    });
  });

  it('in German', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'de');
    await showOverview('Verbindungsmethode');
    expect(methodByName('Verbindungsmethode')).toEqual({
      'Invoices on-premises': 'IMAP',
      'Invoices Exchange Online': 'IMAP mit OAuth 2.0 (Microsoft 365)',
      'Credit memos GCC High': 'Microsoft Graph (Microsoft 365), US-Government-Cloud',
    });
  });
});
