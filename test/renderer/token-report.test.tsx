import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TestReportView } from '../../src/renderer/src/components/TestReportView';
import type { ConnectionTestReport, TokenReport } from '../../src/shared/connection-test';
import { literal, message, messageList } from '../../src/shared/i18n/message';
import { installFakeApi } from '../support/fake-window-api';
import { renderWithProviders } from '../support/render-with-providers';

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const OBJECT_ID = '99999999-8888-7777-6666-555555555555';

const token: TokenReport = {
  authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
  tenant: 'contoso.onmicrosoft.com',
  clientId: CLIENT_ID,
  credential: 'certificate',
  thumbprintSha1: 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678',
  thumbprintSha256: 'ff'.repeat(32),
  resource: 'https://outlook.office365.com',
  requested: ['https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token'],
  claims: {
    audience: 'https://outlook.office365.com',
    roles: [],
    tenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    appId: CLIENT_ID,
    expiresAt: '2026-12-02T17:00:00.000Z',
  },
  warnings: [message('oauth.warning.imapRoleMissing', { role: 'IMAP.AccessAsApp', clientId: CLIENT_ID })],
};

function oauthReport(overrides: Partial<ConnectionTestReport> = {}): ConnectionTestReport {
  return {
    durationMs: 140,
    ok: false,
    stages: [
      { name: 'token', status: 'ok', ms: 120 },
      { name: 'dns', status: 'ok', ms: 2 },
      { name: 'tcp', status: 'ok', ms: 3 },
      { name: 'tls', status: 'ok', ms: 9 },
      { name: 'greeting', status: 'ok', ms: 1 },
      { name: 'auth', status: 'failed', ms: 4 },
    ],
    token,
    error: {
      code: 'OAUTH_IMAP_NOT_AUTHORIZED',
      message: message('failure.oauthImapNotAuthorized.message', {
        mailbox: 'invoices@contoso.com',
        reply: 'NO AUTHENTICATE failed.',
      }),
      hint: message('failure.oauthImapNotAuthorized.hint', { clientId: CLIENT_ID, objectId: OBJECT_ID }),
    },
    ...overrides,
  };
}

function view(report: ConnectionTestReport) {
  return (
    <TestReportView
      report={report}
      runningSince={undefined}
      trustedFingerprint=""
      onTrust={() => undefined}
      onCopyDiagnostics={() => undefined}
      server="outlook.office365.com"
      onCreateFolders={() => undefined}
    />
  );
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('the token stage in the test report', () => {
  it('shows who got which token for what, with the certificate’s SHA-1 thumbprint and the roles', async () => {
    installFakeApi({});
    await renderWithProviders(view(oauthReport()), 'Access token (Entra ID)');
    const card = screen.getByRole('region', { name: 'Access token' });
    for (const text of [
      'https://login.microsoftonline.com/contoso.onmicrosoft.com',
      'contoso.onmicrosoft.com (aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee)',
      CLIENT_ID,
      'Certificate, thumbprint (SHA-1) A1B2C3D4E5F60718293A4B5C6D7E8F9012345678',
      'none',
    ])
      expect(card.textContent).toContain(text);
    expect(card.textContent).toContain('Audience');
    expect(card.textContent).toContain('Valid until');
  });

  it('puts the missing role first, as a warning the admin cannot miss', async () => {
    installFakeApi({});
    await renderWithProviders(view(oauthReport()), 'Access token (Entra ID)');
    const warning = screen.getByText(/The token has no IMAP.AccessAsApp role/);
    const stages = screen.getByRole('list', { name: /stages/i });
    // Before the stages in the document, so it is read before them.
    expect(warning.compareDocumentPosition(stages) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(warning.closest('[data-token-warning]')).not.toBeNull();
  });

  it('offers the PowerShell line of the hint in a code block whose Copy button copies exactly it', async () => {
    const copyText = vi.fn(async (text: string) => ({ ok: true as const, value: { copied: text.length } }));
    installFakeApi({ copyText });
    await renderWithProviders(view(oauthReport()), 'Access token (Entra ID)');
    const line = `New-ServicePrincipal -AppId ${CLIENT_ID} -ObjectId ${OBJECT_ID}`;
    expect(screen.getByText(line).closest('pre')).not.toBeNull();
    const copy = screen.getByRole('button', { name: 'Copy', description: line });
    copy.focus();
    expect(document.activeElement).toBe(copy);
    fireEvent.click(copy);
    await waitFor(() => expect(copyText).toHaveBeenCalledWith(line));
    await screen.findByText('PowerShell line 1 copied to the clipboard.');
  });

  it('copies Graph’s RBAC line as the core built it, in the words of the placeholders', async () => {
    const copyText = vi.fn(async (text: string) => ({ ok: true as const, value: { copied: text.length } }));
    installFakeApi({ copyText });
    const rbac = messageList(
      [
        literal('New-ManagementRoleAssignment -App '),
        message('graph.placeholder.servicePrincipalId'),
        literal(' -Role x'),
      ],
      '',
    );
    const report = oauthReport({
      error: {
        code: 'GRAPH_PERMISSION_MISSING',
        message: message('graph.failure.permissionMissing.message', { mailbox: 'invoices@contoso.com', roles: 'none' }),
        hint: message('graph.failure.permissionMissing.hint', { permission: 'Mail.ReadWrite', rbac }),
      },
    });
    await renderWithProviders(view(report), 'Access token (Entra ID)');
    const line = 'New-ManagementRoleAssignment -App <object ID of the enterprise application> -Role x';
    fireEvent.click(screen.getByRole('button', { name: 'Copy', description: line }));
    await waitFor(() => expect(copyText).toHaveBeenCalledWith(line));
  });

  it('without a token (Entra ID refused) still names authority, tenant and app, and says the rest is unknown', async () => {
    installFakeApi({});
    const { claims: _claims, ...refused } = token;
    await renderWithProviders(
      view(oauthReport({ token: { ...refused, credential: 'secret', warnings: [] } })),
      'Access token (Entra ID)',
    );
    const card = screen.getByRole('region', { name: 'Access token' });
    expect(card.textContent).toContain('Client secret');
    expect(card.textContent).not.toContain('Audience');
    expect(screen.getByText('Entra ID issued no token, so its permissions are unknown.')).toBeTruthy();
  });
});
