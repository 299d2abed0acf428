import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/cli/format-report';
import type { ConnectionTestReport } from '../../src/shared/connection-test';
import { diagnosticsText } from '../../src/shared/diagnostics';

/** A report whose server listed more folders than the report keeps. */
const report: ConnectionTestReport = {
  ok: true,
  stages: [],
  durationMs: 12,
  mailbox: {
    folders: ['INBOX', 'Ablage'],
    foldersOmitted: 7,
    inbox: { messages: 1, unseen: 0 },
    processingFolders: [],
  },
};

describe('folders left out of a report', () => {
  it('are named in the diagnostics a support ticket gets', () => {
    const text = diagnosticsText(
      report,
      { server: 'mail', port: '993', encryption: 'ssl', validateSsl: true, userName: 'u', hasCaFile: false },
      new Date(0),
    );
    expect(text).toContain('Folders: INBOX, Ablage\n  and 7 more, not listed\n');
  });

  it('are counted in the CLI summary', () => {
    expect(formatReport(report, false)).toContain('; 9 folders');
  });
});
