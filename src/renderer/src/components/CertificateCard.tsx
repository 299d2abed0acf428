import { Badge, Button, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ShieldCheckmark20Regular, Warning20Regular } from '@fluentui/react-icons';
import { certificateTrustKey, certificateTrustOf, isTrusted } from '../../../shared/certificate-trust';
import type { TlsInfo } from '../../../shared/connection-test';
import type { ErrorCode } from '../../../shared/error-codes';
import { useI18n } from '../i18n';
import { helpTopicsOfKey } from '../../../shared/help-links';
import { HelpLinks } from './HelpLinks';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
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
  /** The report's failure, if any: a certificate the test refused says why in words. */
  failureCode?: ErrorCode | undefined;
  /** The fingerprint the account trusts now, if any. */
  trustedFingerprint: string;
  onTrust: (fingerprint: string) => void;
}

/** What the server presented, and the safe way to accept a self-signed certificate: pin exactly this one. */
export function CertificateCard({ tls, failureCode, trustedFingerprint, onTrust }: CertificateCardProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const certificate = tls.certificate;
  if (!certificate) return null;
  const trust = certificateTrustOf(tls, failureCode, trustedFingerprint);
  const trusted = isTrusted(trust);
  // Only a trusted certificate gets the shield with a check mark; anything else is a warning.
  const status = (
    <Badge color={trusted ? 'success' : 'warning'} data-certificate-trust={trust.kind}>
      {t(certificateTrustKey(trust))}
    </Badge>
  );
  return (
    <Card aria-label={t('certificate.label')}>
      <CardHeader
        image={
          trusted ? (
            <ShieldCheckmark20Regular aria-hidden data-icon="shield-checkmark" />
          ) : (
            <Warning20Regular className={styles.warning} aria-hidden data-icon="warning" />
          )
        }
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
      {!trusted ? (
        <div>
          <Button appearance="primary" onClick={() => onTrust(certificate.fingerprint256)}>
            {t('certificate.trust')}
          </Button>
          <Text size={200} block>
            {t('certificate.trustAdvice')}
          </Text>
          <HelpLinks topics={helpTopicsOfKey('certificate.trustAdvice')} />
        </div>
      ) : null}
    </Card>
  );
}
