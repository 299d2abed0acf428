import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DetectionView } from '../../src/renderer/src/components/DetectionView';
import { LOCALE_STORAGE_KEY } from '../../src/renderer/src/initial-locale';
import {
  detectedSettingsOf,
  type DetectionProposal,
  type DetectionReport,
  type Microsoft365Signal,
} from '../../src/shared/detection';
import { message } from '../../src/shared/i18n/message';
import { MICROSOFT_CLOUDS, type MicrosoftCloudName } from '../../src/shared/microsoft-clouds';
import { installFakeApi } from '../support/fake-window-api';
import { renderWithProviders } from '../support/render-with-providers';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const sslAnswered = { option: 'ssl', port: 993, ok: true, ms: 40, authMechanisms: ['XOAUTH2'] } as const;

/** A report as detectSettings sends it (the core's microsoft-365.ts builds the offers the same way). */
function reportFor(
  server: string,
  microsoft365?: { cloud: MicrosoftCloudName; signals: Microsoft365Signal[] },
  proposal?: DetectionProposal,
): DetectionReport {
  const offersOf = (cloud: MicrosoftCloudName) => {
    const { authorityHost, imapHost, graphHost } = MICROSOFT_CLOUDS[cloud];
    return [
      {
        method: 'imap-oauth' as const,
        server: imapHost,
        port: 993,
        encryption: 'tls' as const,
        authorityHost,
        reason: message('detect.m365.offer.imapOauth', { server: imapHost, port: 993 }),
      },
      {
        method: 'graph' as const,
        server: graphHost,
        port: 443,
        encryption: 'tls' as const,
        authorityHost,
        reason: message('detect.m365.offer.graph', {
          server: graphHost,
          read: 'Mail.Read',
          readWrite: 'Mail.ReadWrite',
        }),
      },
    ];
  };
  return {
    server,
    offline: false,
    probes: [{ ...sslAnswered, authMechanisms: [...sslAnswered.authMechanisms] }],
    ...(proposal ? { proposal } : {}),
    ...(microsoft365 ? { microsoft365: { ...microsoft365, offers: offersOf(microsoft365.cloud) } } : {}),
    durationMs: 40,
  };
}

const onPremisesProposal: DetectionProposal = {
  encryption: 'tls',
  port: 993,
  reason: message('detect.reason.tls', { protocol: 'TLSv1.3' }),
};

async function show(report: DetectionReport, ready: RegExp | string) {
  installFakeApi({});
  const onUse = vi.fn<(proposal: DetectionProposal) => void>();
  await renderWithProviders(<DetectionView detecting={false} report={report} onUse={onUse} />, ready);
  return onUse;
}

/** axe-core in jsdom: what it can judge without layout (names, roles, lists, landmarks). */
async function seriousViolations(): Promise<string[]> {
  // Contrast needs layout and a canvas, which jsdom lacks: the e2e tests judge it in Chromium.
  const result = await axe.run(document.body, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => violation.id);
}

describe('Detect settings: “this looks like Microsoft 365”', () => {
  it('at Exchange Online: says why, that password IMAP is off, and offers both methods instead of a password proposal', async () => {
    const onUse = await show(
      reportFor('outlook.office365.com', {
        cloud: 'global',
        signals: [{ kind: 'serviceHost', value: 'outlook.office365.com' }],
      }),
      'This looks like Microsoft 365 (global cloud)',
    );
    const panel = screen.getByRole('region', { name: 'Detected settings' });
    expect(within(panel).getByText('outlook.office365.com is a Microsoft 365 server.')).toBeTruthy();
    expect(within(panel).getByText(/Exchange Online has switched off password sign-in over IMAP/)).toBeTruthy();
    expect(within(panel).queryByText(/^Proposed:/)).toBeNull();
    expect(within(panel).queryByText(/No option worked/)).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Use these settings' })).toBeNull();
    expect(within(panel).getByText(/IMAP with OAuth 2\.0: outlook\.office365\.com, port 993, TLS/)).toBeTruthy();

    fireEvent.click(within(panel).getByRole('button', { name: 'Use Microsoft Graph' }));
    expect(onUse).toHaveBeenCalledTimes(1);
    const [offer] = onUse.mock.calls[0] ?? [];
    expect(offer && detectedSettingsOf(offer)).toEqual({
      method: 'graph',
      server: 'graph.microsoft.com',
      port: 443,
      encryption: 'tls',
      authorityHost: 'login.microsoftonline.com',
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Use IMAP with OAuth 2.0' }));
    expect(onUse.mock.calls[1]?.[0]).toMatchObject({ method: 'imap-oauth', server: 'outlook.office365.com' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('for a hybrid domain: the on-premises proposal stays, next to the Microsoft 365 offer and a word on hybrid', async () => {
    const onUse = await show(
      reportFor(
        'mail.contoso.com',
        { cloud: 'global', signals: [{ kind: 'tenantDomain', value: 'contoso.onmicrosoft.com' }] },
        onPremisesProposal,
      ),
      'This looks like Microsoft 365 (global cloud)',
    );
    expect(
      screen.getByText('The address’s domain contoso.onmicrosoft.com is a Microsoft 365 tenant’s own domain.'),
    ).toBeTruthy();
    expect(
      screen.getByText(/in a hybrid organisation, mailboxes still on Exchange on-premises keep IMAP/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use these settings' }));
    // The on-premises proposal changes encryption and port only: method and server stay as typed.
    expect(detectedSettingsOf(onUse.mock.calls[0]?.[0] as DetectionProposal)).toEqual({ encryption: 'tls', port: 993 });
    expect(await seriousViolations()).toEqual([]);
  });

  it('names the sovereign cloud and its hosts, in German too', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'de');
    await show(
      reportFor('outlook.office365.us', {
        cloud: 'usGovernment',
        signals: [{ kind: 'serviceHost', value: 'outlook.office365.us' }],
      }),
      'Das sieht nach Microsoft 365 aus (US-Government-Cloud)',
    );
    expect(screen.getByText(/Exchange Online hat die Anmeldung mit Kennwort über IMAP abgeschaltet/)).toBeTruthy();
    expect(screen.getByText(/IMAP mit OAuth 2\.0: outlook\.office365\.us, Port 993, TLS/)).toBeTruthy();
    expect(screen.getByText(/Microsoft Graph: graph\.microsoft\.us über HTTPS/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Microsoft Graph verwenden' })).toBeTruthy();
  });

  it('keeps today’s view for an on-premises server: the proposal alone, no Microsoft 365 words', async () => {
    await show(reportFor('mail.contoso.local', undefined, onPremisesProposal), 'Use these settings');
    expect(screen.queryByText(/Microsoft 365/)).toBeNull();
    expect(screen.getByText('Proposed: TLS on port 993')).toBeTruthy();
  });
});
