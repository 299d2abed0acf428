import type { StoredAccount } from '../core/accounts/stored-account';
import type { Core } from '../core/create-core';
import type { TestedReport } from '../core/connection-test/test-connection';
import { errorCode } from '../core/error-code';
import { writeExportFile } from '../core/transfer/write-export-file';
import { diagnosticsFile, type DiagnosticsEvidence } from '../shared/evidence/diagnostics-file';
import { handoverHtml, type HandoverAccount } from '../shared/evidence/handover-html';
import { messageLocale } from '../shared/i18n';
import { message, pluralMessage } from '../shared/i18n/message';
import type { SavedEvidence } from '../shared/ipc';
import { failed, succeeded, type Result } from '../shared/result';

export type EvidenceKind = 'diagnostics' | 'handover';

/** Asks where to save (the save dialog in the app); undefined when the user cancels. */
export type ChooseEvidencePath = (kind: EvidenceKind, suggestedName: string) => Promise<string | undefined>;

export interface EvidenceSources {
  core: Pick<Core, 'accounts' | 'connectionTest'>;
  chooseEvidencePath: ChooseEvidencePath;
  /** "Mailbox Connect 1.2.3", named on the handover page. */
  application: string;
  clock?: () => Date;
}

const day = (now: Date) => now.toISOString().slice(0, 10);

/**
 * The handover page's view of a stored account, field by field: the sealed password (and anything
 * added to the file later) stays out unless named here.
 */
export function handoverAccountOf(account: StoredAccount): HandoverAccount {
  return {
    settings: {
      method: account.method,
      connectionName: account.connectionName,
      server: account.server,
      port: account.port,
      encryption: account.encryption,
      validateSsl: account.validateSsl,
      emailAddress: account.emailAddress,
      userName: account.userName,
      sharedMailboxAlias: account.sharedMailboxAlias,
      successFolder: account.successFolder,
      failedFolder: account.failedFolder,
      trustedFingerprint: account.trustedFingerprint,
    },
    hasCaFile: Boolean(account.caCertificatePem),
    hasPassword: account.secret !== undefined,
    lastTest: account.lastTest,
    history: account.testHistory ?? [],
  };
}

function evidenceOf(tested: TestedReport, accounts: readonly StoredAccount[]): DiagnosticsEvidence {
  const { settings } = tested;
  const account = tested.accountId ? accounts.find((candidate) => candidate.id === tested.accountId) : undefined;
  return {
    report: tested.report,
    settings: {
      server: settings.server,
      port: settings.port,
      encryption: settings.encryption,
      validateSsl: settings.validateSsl,
      userName: settings.userName,
      ...(settings.trustedFingerprint ? { trustedFingerprint: settings.trustedFingerprint } : {}),
      hasCaFile: Boolean(settings.caCertificatePem),
    },
    testedAt: tested.testedAt,
    ...(account ? { account: { connectionName: account.connectionName, history: account.testHistory ?? [] } } : {}),
  };
}

async function write(target: string, text: string): Promise<Result<void>> {
  try {
    await writeExportFile(target, text);
    return succeeded(undefined);
  } catch (error) {
    return failed('STORAGE', message('evidence.writeFailed', { path: target, reason: errorCode(error) }));
  }
}

/**
 * "Save diagnostics…": the last report main holds (the window passes nothing), as text, or as JSON
 * when the user picks a .json name. The report was stripped of the test's password when it ended.
 */
export async function saveDiagnostics(sources: EvidenceSources): Promise<Result<SavedEvidence>> {
  const tested = sources.core.connectionTest.lastTested();
  if (!tested) return failed('NOT_FOUND', message('evidence.noReport'));
  const now = (sources.clock ?? (() => new Date()))();
  const target = await sources.chooseEvidencePath('diagnostics', `mailbox-connect-diagnostics-${day(now)}.txt`);
  if (!target) return succeeded({});
  const format = target.toLowerCase().endsWith('.json') ? 'json' : 'txt';
  const written = await write(target, diagnosticsFile(evidenceOf(tested, sources.core.accounts.stored()), format));
  return written.ok
    ? succeeded({ path: target, notice: message('evidence.diagnostics.saved', { path: target }) })
    : written;
}

/** "Handover report…": one HTML page of every account, in the window's language. */
export async function saveHandover(sources: EvidenceSources): Promise<Result<SavedEvidence>> {
  const now = (sources.clock ?? (() => new Date()))();
  const target = await sources.chooseEvidencePath('handover', `mailbox-connect-handover-${day(now)}.html`);
  if (!target) return succeeded({});
  const accounts = sources.core.accounts.stored().map(handoverAccountOf);
  const html = handoverHtml({ accounts, generatedAt: now, application: sources.application, locale: messageLocale() });
  const written = await write(target, html);
  return written.ok
    ? succeeded({
        path: target,
        notice: pluralMessage('evidence.handover.saved', accounts.length, { path: target }),
      })
    : written;
}
