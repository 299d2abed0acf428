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
import { MailboxReadiness } from './MailboxReadiness';
import { StatusIcon } from './StatusIcon';
import { useRunningStage } from '../hooks/useRunningStage';
import { useI18n } from '../i18n';
import { COMMANDS, shortcutTextOf } from '../../../shared/commands';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  stages: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'auto 80px 70px minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'center',
  },
  stage: { display: 'contents' },
  detail: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
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
            ? t('report.running.stage', { seconds: elapsed, stage, shortcut: cancelShortcut })
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
            <MessageBarTitle>{t('report.failed', { code: report.error?.code ?? '' })}</MessageBarTitle>
            {report.error ? tMessage(report.error.message) : ''}{' '}
            <Text weight="semibold">{report.error ? tMessage(report.error.hint) : ''}</Text>
          </MessageBarBody>
        </MessageBar>
      )}
      <ol className={styles.stages} aria-label={t('report.stages')}>
        {report.stages.map((stage) => (
          <li key={stage.name} className={styles.stage}>
            <StatusIcon status={stage.status} />
            <Text weight="semibold">{stage.name}</Text>
            <Text>{stage.status === 'skipped' ? '–' : `${stage.ms} ms`}</Text>
            <Text className={styles.detail}>{stage.detail ? tMessage(stage.detail) : ''}</Text>
          </li>
        ))}
      </ol>
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
        <CertificateCard tls={report.tls} trustedFingerprint={trustedFingerprint} onTrust={onTrust} />
      ) : null}
      <div>
        <Button icon={<Copy20Regular />} onClick={onCopyDiagnostics}>
          {t('report.copy')}
        </Button>
      </div>
    </section>
  );
}
