import { Badge, Button, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ShieldCheckmark20Regular } from '@fluentui/react-icons';
import type { TlsInfo } from '../../../shared/connection-test';
import { normaliseFingerprint } from '../../../shared/fingerprint';

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
  const certificate = tls.certificate;
  if (!certificate) return null;
  const pinned = trustedFingerprint !== '' && normaliseFingerprint(trustedFingerprint) === certificate.fingerprint256;
  const status = tls.authorized ? (
    <Badge color="success">trusted by this computer</Badge>
  ) : pinned ? (
    <Badge color="brand">trusted for this account</Badge>
  ) : (
    <Badge color="warning">not trusted: {tls.authorizationError ?? 'unknown reason'}</Badge>
  );
  return (
    <Card aria-label="Server certificate">
      <CardHeader
        image={<ShieldCheckmark20Regular />}
        header={<Text weight="semibold">Server certificate</Text>}
        description={
          <Text size={200}>
            {tls.protocol}, {tls.cipher} {status}
          </Text>
        }
      />
      <dl className={styles.facts}>
        <dt className={styles.term}>Subject</dt>
        <dd className={styles.value}>{certificate.subject}</dd>
        <dt className={styles.term}>Issuer</dt>
        <dd className={styles.value}>{certificate.issuer}</dd>
        <dt className={styles.term}>Valid</dt>
        <dd className={styles.value}>
          {day(certificate.validFrom)} to {day(certificate.validTo)}
        </dd>
        <dt className={styles.term}>Names</dt>
        <dd className={styles.value}>{certificate.subjectAltNames.join(', ') || '(none)'}</dd>
        <dt className={styles.term}>SHA-256</dt>
        <dd className={styles.fingerprint}>{certificate.fingerprint256}</dd>
      </dl>
      {!tls.authorized && !pinned ? (
        <div>
          <Button appearance="primary" onClick={() => onTrust(certificate.fingerprint256)}>
            Trust this certificate
          </Button>
          <Text size={200} block>
            Compare the fingerprint with the one on the server (Exchange: Get-ExchangeCertificate | fl Thumbprint shows
            SHA-1; certlm.msc shows both) before trusting it.
          </Text>
        </div>
      ) : null}
    </Card>
  );
}
