import { Button, Field, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Dismiss16Regular, DocumentArrowUp16Regular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { CA_PEM_MAX_LENGTH } from '../../../shared/account';

const useStyles = makeStyles({
  value: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  fingerprint: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  hidden: { display: 'none' },
});

export interface CertificateTrustProps {
  trustedFingerprint: string;
  caCertificatePem: string;
  fingerprintError?: string;
  caError?: string;
  onChange: (change: { trustedFingerprint?: string; caCertificatePem?: string }) => void;
}

function certificateCount(pem: string): number {
  return pem.split('-----BEGIN CERTIFICATE-----').length - 1;
}

/**
 * The two safe answers to a certificate Windows does not trust: the certificate itself, pinned by
 * its fingerprint (from the test report's "Trust this certificate"), or the internal CA's file.
 */
export function CertificateTrust({
  trustedFingerprint,
  caCertificatePem,
  fingerprintError,
  caError,
  onChange,
}: CertificateTrustProps) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [readError, setReadError] = useState<string>();

  const loadCaFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > CA_PEM_MAX_LENGTH) {
      setReadError(
        `${file.name} is larger than ${CA_PEM_MAX_LENGTH / 1024} KiB: choose the CA certificate in PEM form.`,
      );
      return;
    }
    const text = await file.text();
    if (!text.includes('-----BEGIN CERTIFICATE-----')) {
      setReadError(
        `${file.name} holds no PEM certificate. Export the CA certificate as "Base-64 encoded X.509 (.CER)".`,
      );
      return;
    }
    setReadError(undefined);
    onChange({ caCertificatePem: text });
  };

  const caMessage = readError ?? caError;
  return (
    <>
      <Field
        label="Trusted certificate"
        {...(fingerprintError ? { validationState: 'error' as const, validationMessage: fingerprintError } : {})}
        hint={trustedFingerprint ? 'Only this exact certificate is accepted, whoever issued it.' : undefined}
      >
        {trustedFingerprint ? (
          <div className={styles.value}>
            <Text className={styles.fingerprint} aria-label="Trusted certificate fingerprint">
              SHA-256 {trustedFingerprint}
            </Text>
            <Button size="small" icon={<Dismiss16Regular />} onClick={() => onChange({ trustedFingerprint: '' })}>
              Stop trusting
            </Button>
          </div>
        ) : (
          <Text size={200}>
            None. Test the connection and choose “Trust this certificate” to accept a self-signed one.
          </Text>
        )}
      </Field>
      <Field
        label="CA certificate"
        {...(caMessage ? { validationState: 'error' as const, validationMessage: caMessage } : {})}
      >
        <div className={styles.value}>
          <Text size={200}>
            {caCertificatePem
              ? `${certificateCount(caCertificatePem)} certificate(s) loaded, trusted in addition to Windows' store.`
              : "Windows' trusted root store only."}
          </Text>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".pem,.crt,.cer"
            aria-label="CA certificate file"
            onChange={(event) => {
              void loadCaFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
          <Button size="small" icon={<DocumentArrowUp16Regular />} onClick={() => fileInput.current?.click()}>
            {caCertificatePem ? 'Replace…' : 'Choose file…'}
          </Button>
          {caCertificatePem ? (
            <Button size="small" icon={<Dismiss16Regular />} onClick={() => onChange({ caCertificatePem: '' })}>
              Remove
            </Button>
          ) : null}
        </div>
      </Field>
    </>
  );
}
