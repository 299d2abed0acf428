import { Button, Field, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Dismiss16Regular, DocumentArrowUp16Regular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { CA_PEM_MAX_LENGTH } from '../../../shared/account';
import { message, type Message } from '../../../shared/i18n/message';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  value: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  fingerprint: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  hidden: { display: 'none' },
});

export interface CertificateTrustProps {
  trustedFingerprint: string;
  caCertificatePem: string;
  fingerprintError?: Message;
  caError?: Message;
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
  const { t, tMessage } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  const [readError, setReadError] = useState<Message>();

  const loadCaFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > CA_PEM_MAX_LENGTH) {
      setReadError(message('trustForm.ca.tooLarge', { file: file.name, max: CA_PEM_MAX_LENGTH / 1024 }));
      return;
    }
    const text = await file.text();
    if (!text.includes('-----BEGIN CERTIFICATE-----')) {
      setReadError(message('trustForm.ca.noPem', { file: file.name }));
      return;
    }
    setReadError(undefined);
    onChange({ caCertificatePem: text });
  };

  const caMessage = readError ?? caError;
  return (
    <>
      <Field
        label={t('trustForm.certificate')}
        {...(fingerprintError
          ? { validationState: 'error' as const, validationMessage: tMessage(fingerprintError), 'data-invalid': true }
          : {})}
        hint={trustedFingerprint ? t('trustForm.certificate.pinnedHint') : undefined}
      >
        {trustedFingerprint ? (
          <div className={styles.value}>
            <Text className={styles.fingerprint} aria-label={t('trustForm.certificate.fingerprintLabel')}>
              {t('trustForm.certificate.fingerprint', { fingerprint: trustedFingerprint })}
            </Text>
            <Button size="small" icon={<Dismiss16Regular />} onClick={() => onChange({ trustedFingerprint: '' })}>
              {t('trustForm.certificate.stop')}
            </Button>
          </div>
        ) : (
          <Text size={200}>{t('trustForm.certificate.none')}</Text>
        )}
      </Field>
      <Field
        label={t('trustForm.ca')}
        {...(caMessage
          ? { validationState: 'error' as const, validationMessage: tMessage(caMessage), 'data-invalid': true }
          : {})}
      >
        <div className={styles.value}>
          <Text size={200}>
            {caCertificatePem
              ? t('trustForm.ca.loaded', { count: certificateCount(caCertificatePem) })
              : t('trustForm.ca.none')}
          </Text>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".pem,.crt,.cer"
            aria-label={t('trustForm.ca.fileLabel')}
            onChange={(event) => {
              void loadCaFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
          <Button size="small" icon={<DocumentArrowUp16Regular />} onClick={() => fileInput.current?.click()}>
            {caCertificatePem ? t('trustForm.ca.replace') : t('trustForm.ca.choose')}
          </Button>
          {caCertificatePem ? (
            <Button size="small" icon={<Dismiss16Regular />} onClick={() => onChange({ caCertificatePem: '' })}>
              {t('trustForm.ca.remove')}
            </Button>
          ) : null}
        </div>
      </Field>
    </>
  );
}
