import { Button, Field, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DocumentArrowUp16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AccountView } from '../../../shared/account';
import type { Message } from '../../../shared/i18n/message';
import type { ChosenClientCertificate } from '../../../shared/ipc';
import { getApi } from '../api';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  value: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  thumbprint: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

type CertificateFacts = NonNullable<AccountView['clientCertificate']>;

export interface ClientCertificateFieldProps {
  /** Chosen in this session: main holds the file, the form its token. */
  chosen: ChosenClientCertificate | undefined;
  /** What the saved account's certificate is, if one is stored. */
  stored: CertificateFacts | undefined;
  hasStoredSecret: boolean;
  /** The stored certificate no longer fits the settings (tenant, app, sign-in host changed). */
  needsReentry: boolean;
  error: Message | undefined;
  onChosen: (certificate: ChosenClientCertificate) => void;
}

/**
 * The app registration's certificate (PEM with its private key), chosen through main's open dialog:
 * main reads the file and keeps the key; the window shows the public facts an admin compares with
 * "Certificates & secrets" in Entra ID (the SHA-1 thumbprint, subject, expiry).
 */
export function ClientCertificateField({
  chosen,
  stored,
  hasStoredSecret,
  needsReentry,
  error,
  onChosen,
}: ClientCertificateFieldProps) {
  const styles = useStyles();
  const { t, tMessage, locale } = useI18n();
  const [problem, setProblem] = useState<Message>();
  const [choosing, setChoosing] = useState(false);

  const choose = async () => {
    setChoosing(true);
    const reply = await getApi().chooseClientCertificate();
    setChoosing(false);
    if (!reply.ok) {
      setProblem(reply.error.message);
      return;
    }
    if (reply.value === null) return;
    setProblem(undefined);
    onChosen(reply.value);
  };

  const facts: CertificateFacts | undefined = chosen ?? stored;
  const shownError = problem ?? error;
  const status = chosen
    ? t('form.certificate.chosen', { file: chosen.name })
    : needsReentry
      ? t('form.certificate.reenter')
      : hasStoredSecret
        ? t('form.certificate.stored')
        : t('form.certificate.none');
  return (
    <Field
      label={t('form.certificate')}
      required
      {...(shownError
        ? { validationState: 'error' as const, validationMessage: tMessage(shownError), 'data-invalid': true }
        : { hint: t('form.certificate.hint') })}
    >
      <div className={styles.value}>
        <Text size={200}>{status}</Text>
        {facts ? (
          <>
            <Text size={200}>{t('form.certificate.subject', { subject: facts.subject })}</Text>
            <Text className={styles.thumbprint}>
              {t('form.certificate.thumbprint', { thumbprint: facts.thumbprintSha1 })}
            </Text>
            <Text size={200}>
              {t('form.certificate.notAfter', { date: new Date(facts.notAfter).toLocaleDateString(locale) })}
            </Text>
          </>
        ) : null}
        <Button size="small" icon={<DocumentArrowUp16Regular />} disabled={choosing} onClick={() => void choose()}>
          {facts || hasStoredSecret ? t('form.certificate.replace') : t('form.certificate.choose')}
        </Button>
      </div>
    </Field>
  );
}
