import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TestReportView } from '../../src/renderer/src/components/TestReportView';
import type { ConnectionTestReport } from '../../src/shared/connection-test';
import { renderWithProviders } from '../support/render-with-providers';

vi.mock('../../src/renderer/src/api', () => ({
  getApi: () => ({
    setLocale: async (locale: string) => ({ ok: true, value: { locale } }),
    // The report follows the running test's stage events; none arrive here.
    onAppEvent: () => () => undefined,
  }),
}));

afterEach(cleanup);

function reportWith(foldersOmitted?: number): ConnectionTestReport {
  return {
    ok: true,
    stages: [],
    durationMs: 12,
    mailbox: {
      folders: ['INBOX', 'Ablage'],
      ...(foldersOmitted ? { foldersOmitted } : {}),
      inbox: { messages: 1, unseen: 0 },
      processingFolders: [],
    },
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
      server="mail.contoso.local"
      onCreateFolders={() => undefined}
    />
  );
}

describe('the test report and a server with more folders than it keeps', () => {
  it('says how many folders it left out', async () => {
    await renderWithProviders(view(reportWith(7)), 'Folders: INBOX, Ablage');
    expect(screen.getByText('7 more folders are not listed: the server has more than 2,000.')).toBeTruthy();
  });

  it('says nothing of the kind when every folder is listed', async () => {
    await renderWithProviders(view(reportWith()), 'Folders: INBOX, Ablage');
    expect(screen.queryByText(/not listed/)).toBeNull();
  });
});
