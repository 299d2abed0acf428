import { Badge, Button, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ShieldCheckmark20Regular } from '@fluentui/react-icons';
import type { TlsInfo } from '../../../shared/connection-test';
import { normaliseFingerprint } from '../../../shared/fingerprint';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  fingerprint: {
    margin: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
});

function day(iso: string): string {
  return iso.slice(0, 10);
}

export interface CertificateCardProps {
  tls: TlsInfo;
  /** The fingerprint the account trusts now, if any. */
  trustedFingerprint: string;
  onTrust: (fingerprint: string) => void;
}

/** What the server presented, and the safe way to accept a self-signed certificate: pin exactly this one. */
export function CertificateCard({ tls, trustedFingerprint, onTrust }: CertificateCardProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const certificate = tls.certificate;
  if (!certificate) return null;
  const pinned = trustedFingerprint !== '' && normaliseFingerprint(trustedFingerprint) === certificate.fingerprint256;
  const status = tls.authorized ? (
    <Badge color="success">{t('certificate.trustedByComputer')}</Badge>
  ) : pinned ? (
    <Badge color="brand">{t('certificate.trustedForAccount')}</Badge>
  ) : (
    <Badge color="warning">{t('certificate.notTrusted', { reason: tls.authorizationError ?? '?' })}</Badge>
  );
  return (
    <Card aria-label={t('certificate.label')}>
      <CardHeader
        image={<ShieldCheckmark20Regular />}
        header={<Text weight="semibold">{t('certificate.title')}</Text>}
        description={
          <Text size={200}>
            {tls.protocol}, {tls.cipher} {status}
          </Text>
        }
      />
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('certificate.subject')}</dt>
        <dd className={styles.value}>{certificate.subject}</dd>
        <dt className={styles.term}>{t('certificate.issuer')}</dt>
        <dd className={styles.value}>{certificate.issuer}</dd>
        <dt className={styles.term}>{t('certificate.valid')}</dt>
        <dd className={styles.value}>
          {t('certificate.validRange', { from: day(certificate.validFrom), to: day(certificate.validTo) })}
        </dd>
        <dt className={styles.term}>{t('certificate.names')}</dt>
        <dd className={styles.value}>{certificate.subjectAltNames.join(', ') || t('certificate.none')}</dd>
        <dt className={styles.term}>{t('certificate.fingerprint')}</dt>
        <dd className={styles.fingerprint}>{certificate.fingerprint256}</dd>
      </dl>
      {!tls.authorized && !pinned ? (
        <div>
          <Button appearance="primary" onClick={() => onTrust(certificate.fingerprint256)}>
            {t('certificate.trust')}
          </Button>
          <Text size={200} block>
            {t('certificate.trustAdvice')}
          </Text>
        </div>
      ) : null}
    </Card>
  );
}
