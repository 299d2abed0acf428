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
import type { DetectionProposal, DetectionReport, Microsoft365Detection } from '../../../shared/detection';
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
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  offers: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
  },
  offer: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

export interface DetectionViewProps {
  detecting: boolean;
  report: DetectionReport | undefined;
  onUse: (proposal: DetectionProposal) => void;
}

/**
 * "This looks like Microsoft 365": why (each signal in words), that password IMAP is off there,
 * and one button per app-only method that takes the method and the cloud's hosts into the form.
 */
function Microsoft365Offers({
  detection,
  hybrid,
  onUse,
}: {
  detection: Microsoft365Detection;
  hybrid: boolean;
  onUse: (proposal: DetectionProposal) => void;
}) {
  const styles = useStyles();
  const { t, tMessage } = useI18n();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {t('detect.m365.title', { cloud: t(`detect.m365.cloud.${detection.cloud}`) })}
        </MessageBarTitle>
        {t('detect.m365.passwordOff')}
        <ul className={styles.list}>
          {detection.signals.map((signal) => (
            <li key={signal.kind}>{t(`detect.m365.signal.${signal.kind}`, { value: signal.value })}</li>
          ))}
        </ul>
        {hybrid ? <Text block>{t('detect.m365.hybrid')}</Text> : null}
        <ul className={styles.offers}>
          {detection.offers.map((offer) => (
            <li key={offer.method} className={styles.offer}>
              <Button onClick={() => onUse(offer)}>{t(`detect.m365.use.${offer.method}`)}</Button>
              <Text>{tMessage(offer.reason)}</Text>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * What each probe found and the proposal, with one click to take it into the form; for a
 * mailbox that looks like Microsoft 365, the app-only methods with the cloud's hosts.
 */
export function DetectionView({ detecting, report, onUse }: DetectionViewProps) {
  const styles = useStyles();
  const { t, tMessage } = useI18n();
  if (detecting) return <Spinner size="small" label={t('detect.running')} labelPosition="after" />;
  if (!report) return null;
  const proposal = report.proposal;
  return (
    <section className={styles.panel} aria-label={t('detect.label')}>
      {report.microsoft365 ? (
        <Microsoft365Offers detection={report.microsoft365} hybrid={proposal !== undefined} onUse={onUse} />
      ) : null}
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
      ) : report.microsoft365 ? null : (
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
