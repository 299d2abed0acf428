import {
  Badge,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircle16Filled, DismissCircle16Filled, SubtractCircle16Regular } from '@fluentui/react-icons';
import type { ConnectionTestReport, StageResult } from '../../../shared/connection-test';

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
  ok: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  skipped: { color: tokens.colorNeutralForeground3 },
  detail: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
});

function StageIcon({ stage }: { stage: StageResult }) {
  const styles = useStyles();
  if (stage.status === 'ok') return <CheckmarkCircle16Filled className={styles.ok} aria-label="ok" />;
  if (stage.status === 'failed') return <DismissCircle16Filled className={styles.failed} aria-label="failed" />;
  return <SubtractCircle16Regular className={styles.skipped} aria-label="skipped" />;
}

export function TestReportView({ report, running }: { report: ConnectionTestReport | undefined; running: boolean }) {
  const styles = useStyles();
  if (running) return <Spinner size="small" label="Testing the connection…" labelPosition="after" />;
  if (!report) return null;
  return (
    <section className={styles.panel} aria-label="Test result" aria-live="polite">
      {report.ok ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>Connection succeeded</MessageBarTitle>
            Signed in and read INBOX in {report.durationMs} ms: {report.mailbox?.inbox.messages ?? 0} messages,{' '}
            {report.mailbox?.inbox.unseen ?? 0} unseen.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Connection failed: {report.error?.code}</MessageBarTitle>
            {report.error?.message} <Text weight="semibold">{report.error?.hint}</Text>
          </MessageBarBody>
        </MessageBar>
      )}
      <ol className={styles.stages} aria-label="Stages">
        {report.stages.map((stage) => (
          <li key={stage.name} className={styles.stage}>
            <StageIcon stage={stage} />
            <Text weight="semibold">{stage.name}</Text>
            <Text>{stage.status === 'skipped' ? '–' : `${stage.ms} ms`}</Text>
            <Text className={styles.detail}>{stage.detail ?? ''}</Text>
          </li>
        ))}
      </ol>
      {report.tls ? (
        <Text>
          TLS: {report.tls.protocol}, {report.tls.cipher}{' '}
          {report.tls.authorized ? (
            <Badge color="success">certificate trusted</Badge>
          ) : (
            <Badge color="warning">certificate not validated</Badge>
          )}
        </Text>
      ) : null}
    </section>
  );
}
