import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Copy20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { FOLDER_LIST_MAX, type ConnectionTestReport } from '../../../shared/connection-test';
import { CertificateCard } from './CertificateCard';
import { HelpLinks } from './HelpLinks';
import { helpTopicsOf } from '../../../shared/help-links';
import { MailboxReadiness } from './MailboxReadiness';
import { PowerShellLines } from './PowerShellLines';
import { TokenReportCard, TokenWarnings } from './TokenReportCard';
import { powerShellLinesOf } from '../powershell-of-hint';
import { StatusIcon } from './StatusIcon';
import { useRunningStage } from '../hooks/useRunningStage';
import { useI18n } from '../i18n';
import { COMMANDS, shortcutTextOf } from '../../../shared/commands';
import { failureTitleKey, STAGE_TITLE_KEYS } from '../../../shared/report-titles';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  stages: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    // Icon, name, time on one line, the detail below the name: stage names are words now
    // ("Begrüßung des Servers"), too long to share a narrow report pane with the detail.
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'center',
  },
  stage: { display: 'contents' },
  time: { textAlign: 'end' },
  detail: { gridColumn: '2 / -1', overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  // The code is for support tickets: there, but quieter than the words above it.
  code: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3 },
});

/** Seconds since `since`, updated each second while shown: a slow server should look slow, not frozen. */
function useElapsedSeconds(since: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === undefined) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  return since === undefined ? 0 : Math.max(0, Math.floor((now - since) / 1000));
}

export interface TestReportViewProps {
  report: ConnectionTestReport | undefined;
  /** When the running test started; undefined when none runs. */
  runningSince: number | undefined;
  trustedFingerprint: string;
  onTrust: (fingerprint: string) => void;
  onCopyDiagnostics: () => void;
  /** The server the report is about, named when asking before folders are created. */
  server: string;
  onCreateFolders: () => void;
}

export function TestReportView({
  report,
  runningSince,
  trustedFingerprint,
  onTrust,
  onCopyDiagnostics,
  server,
  onCreateFolders,
}: TestReportViewProps) {
  const styles = useStyles();
  const { t, tMessage } = useI18n();
  const elapsed = useElapsedSeconds(runningSince);
  const stage = useRunningStage(runningSince);
  // The key that cancels, as the command table has it (Esc today).
  const cancelShortcut = shortcutTextOf(COMMANDS.cancelTest, t) ?? '';
  if (runningSince !== undefined)
    return (
      <Spinner
        size="small"
        label={
          stage
            ? t('report.running.stage', {
                seconds: elapsed,
                stage: t(STAGE_TITLE_KEYS[stage]),
                shortcut: cancelShortcut,
              })
            : t('report.running', { seconds: elapsed, shortcut: cancelShortcut })
        }
        labelPosition="after"
        aria-live="polite"
      />
    );
  if (!report) return null;
  return (
    <section className={styles.panel} aria-label={t('report.label')} aria-live="polite">
      {report.ok ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{t('report.succeeded')}</MessageBarTitle>
            {t('report.succeeded.body', {
              ms: report.durationMs,
              messages: report.mailbox?.inbox.messages ?? 0,
              unseen: report.mailbox?.inbox.unseen ?? 0,
            })}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t(failureTitleKey(report.error?.code))}</MessageBarTitle>
            {report.error ? tMessage(report.error.message) : ''}{' '}
            <Text weight="semibold">{report.error ? tMessage(report.error.hint) : ''}</Text>
            <PowerShellLines lines={powerShellLinesOf(report.error?.hint)} />
            <HelpLinks topics={helpTopicsOf(report.error?.hint)} />
            {report.error ? (
              <Text size={200} className={styles.code} data-error-code>
                {t('report.errorCode', { code: report.error.code })}
              </Text>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      )}
      {report.token ? <TokenWarnings token={report.token} /> : null}
      <ol className={styles.stages} aria-label={t('report.stages')}>
        {report.stages.map((stage) => (
          <li key={stage.name} className={styles.stage}>
            <StatusIcon status={stage.status} />
            <Text weight="semibold">{t(STAGE_TITLE_KEYS[stage.name])}</Text>
            <Text className={styles.time}>{stage.status === 'skipped' ? '–' : `${stage.ms} ms`}</Text>
            {stage.detail ? (
              <Text size={200} className={styles.detail}>
                {tMessage(stage.detail)}
              </Text>
            ) : null}
          </li>
        ))}
      </ol>
      {report.token ? <TokenReportCard token={report.token} /> : null}
      {report.mailbox ? (
        <>
          <MailboxReadiness mailbox={report.mailbox} server={server} onCreateFolders={onCreateFolders} />
          <Text>{t('report.folders', { folders: report.mailbox.folders.join(', ') })}</Text>
          {report.mailbox.foldersOmitted ? (
            <Text>{t('report.foldersOmitted', { count: report.mailbox.foldersOmitted, max: FOLDER_LIST_MAX })}</Text>
          ) : null}
        </>
      ) : null}
      {report.tls ? (
        <CertificateCard
          tls={report.tls}
          failureCode={report.error?.code}
          trustedFingerprint={trustedFingerprint}
          onTrust={onTrust}
        />
      ) : null}
      <div>
        <Button icon={<Copy20Regular />} onClick={onCopyDiagnostics}>
          {t('report.copy')}
        </Button>
      </div>
    </section>
  );
}
