import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { DetectionProposal, DetectionReport } from '../../../shared/detection';
import { useI18n } from '../i18n';
import { StatusIcon } from './StatusIcon';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  probes: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  probe: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
});

export interface DetectionViewProps {
  detecting: boolean;
  report: DetectionReport | undefined;
  onUse: (proposal: DetectionProposal) => void;
}

/** What each probe found and the proposal, with one click to take it into the form. */
export function DetectionView({ detecting, report, onUse }: DetectionViewProps) {
  const styles = useStyles();
  const { t, tMessage } = useI18n();
  if (detecting) return <Spinner size="small" label={t('detect.running')} labelPosition="after" />;
  if (!report) return null;
  const proposal = report.proposal;
  return (
    <section className={styles.panel} aria-label={t('detect.label')}>
      {proposal ? (
        <MessageBar intent={proposal.encryption === 'none' ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {t('detect.proposal', { encryption: t(`encryption.${proposal.encryption}.label`), port: proposal.port })}
            </MessageBarTitle>
            {tMessage(proposal.reason)} {proposal.certificateNote ? tMessage(proposal.certificateNote) : ''}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => onUse(proposal)}>{t('detect.use')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <MessageBar intent="error">
          <MessageBarBody>{report.offline ? t('detect.offline') : t('detect.nothing')}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.probes}>
        {report.probes.map((probe) => (
          <li key={probe.option} className={styles.probe}>
            <StatusIcon status={probe.ok ? 'ok' : 'failed'} />
            <Text weight="semibold">
              {t('detect.probe', { option: t(`detect.option.${probe.option}`), port: probe.port })}
            </Text>
            <Text>
              {probe.ok
                ? [
                    probe.tls ? probe.tls.protocol : undefined,
                    probe.loginDisabled ? 'LOGINDISABLED' : undefined,
                    probe.authMechanisms?.length ? `AUTH ${probe.authMechanisms.join(' ')}` : undefined,
                  ]
                    .filter((fact) => fact !== undefined)
                    .join(', ')
                : probe.error && tMessage(probe.error.message)}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
