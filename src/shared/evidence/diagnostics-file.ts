import type { TestHistoryEntry } from '../account';
import type { ConnectionTestReport } from '../connection-test';
import { diagnosticsText, type DiagnosticsSettings } from '../diagnostics';
import { renderReport } from '../report-text';

export const DIAGNOSTICS_FORMATS = ['txt', 'json'] as const;
export type DiagnosticsFormat = (typeof DIAGNOSTICS_FORMATS)[number];

/** What a saved diagnostics file is made of: the report main kept, the settings it tested, when. */
export interface DiagnosticsEvidence {
  report: ConnectionTestReport;
  settings: DiagnosticsSettings;
  testedAt: Date;
  /** The saved account tested, with its recent tests; absent for settings tested before saving. */
  account?: { connectionName: string; history: readonly TestHistoryEntry[] };
}

/** "Save diagnostics": the text "Copy diagnostics" copies, with the account's recent tests after it. */
export function diagnosticsFileText(evidence: DiagnosticsEvidence): string {
  const text = diagnosticsText(evidence.report, evidence.settings, evidence.testedAt);
  if (!evidence.account || evidence.account.history.length === 0) return text;
  // English like the text above it: a support ticket's language, whatever the window's.
  const lines = ['', `Recent tests of ${evidence.account.connectionName} (newest first):`];
  for (const entry of evidence.account.history) {
    const outcome = entry.ok ? 'OK' : `FAILED ${entry.code ?? ''}`.trimEnd();
    lines.push(`  ${entry.at}  ${outcome}${entry.fingerprint ? `  certificate ${entry.fingerprint}` : ''}`);
  }
  return `${text}${lines.join('\n')}\n`;
}

/** The same as JSON for tools: the report with its messages in English words, as the CLI prints it. */
export function diagnosticsFileJson(evidence: DiagnosticsEvidence): string {
  const document = {
    format: 'mailbox-connect-diagnostics',
    version: 1,
    testedAt: evidence.testedAt.toISOString(),
    settings: evidence.settings,
    ...(evidence.account
      ? { account: { connectionName: evidence.account.connectionName, history: evidence.account.history } }
      : {}),
    report: renderReport(evidence.report, 'en'),
  };
  return `${JSON.stringify(document, undefined, 2)}\n`;
}

export function diagnosticsFile(evidence: DiagnosticsEvidence, format: DiagnosticsFormat): string {
  return format === 'json' ? diagnosticsFileJson(evidence) : diagnosticsFileText(evidence);
}
