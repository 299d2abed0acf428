import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DocumentArrowUp16Regular } from '@fluentui/react-icons';
import { useState, type KeyboardEvent } from 'react';
import type { AccountView } from '../../../shared/account';
import { message, type Message } from '../../../shared/i18n/message';
import type { ChosenClientCertificate } from '../../../shared/ipc';
import { getApi } from '../api';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  value: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  pfxPassword: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
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
 * "Certificates & secrets" in Entra ID (the SHA-1 thumbprint, subject, expiry). A PFX that needs its
 * password asks for it here: it is sent once to main, which opens the file, and is not kept.
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
  /** The PFX main holds until its password opens it. */
  const [lockedPfx, setLockedPfx] = useState<string>();
  const [pfxPassword, setPfxPassword] = useState('');
  const [pfxProblem, setPfxProblem] = useState<Message>();

  const choose = async () => {
    setChoosing(true);
    const reply = await getApi().chooseClientCertificate();
    setChoosing(false);
    setLockedPfx(undefined);
    setPfxPassword('');
    setPfxProblem(undefined);
    if (!reply.ok) {
      setProblem(reply.error.message);
      return;
    }
    if (reply.value === null) return;
    setProblem(undefined);
    if ('passwordNeeded' in reply.value) {
      setLockedPfx(reply.value.name);
      return;
    }
    onChosen(reply.value);
  };

  const openPfx = async () => {
    if (pfxPassword === '') {
      setPfxProblem(message('form.certificate.pfxPasswordEmpty'));
      return;
    }
    setChoosing(true);
    const reply = await getApi().openClientCertificate({ password: pfxPassword });
    setChoosing(false);
    // Whatever main answered, the password is not kept in the window: a retry types it again.
    setPfxPassword('');
    if (!reply.ok) {
      if (reply.error.code === 'WRONG_PASSPHRASE' || reply.error.code === 'PASSPHRASE_REQUIRED')
        setPfxProblem(reply.error.message);
      else {
        setLockedPfx(undefined);
        setPfxProblem(undefined);
        setProblem(reply.error.message);
      }
      return;
    }
    setLockedPfx(undefined);
    setPfxProblem(undefined);
    setProblem(undefined);
    onChosen(reply.value);
  };

  // Enter opens the file; it must not submit the account form around the field.
  const openOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void openPfx();
  };

  const facts: CertificateFacts | undefined = chosen ?? stored;
  const shownError = problem ?? error;
  const status = lockedPfx
    ? t('form.certificate.chosenLocked', { file: lockedPfx })
    : chosen
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
        {lockedPfx ? (
          <Field
            label={t('form.certificate.pfxPassword')}
            {...(pfxProblem
              ? { validationState: 'error' as const, validationMessage: tMessage(pfxProblem), 'data-invalid': true }
              : { hint: t('form.certificate.pfxPasswordHint') })}
          >
            <div className={styles.pfxPassword}>
              <Input
                type="password"
                autoComplete="off"
                autoFocus
                value={pfxPassword}
                disabled={choosing}
                onChange={(_event, data) => setPfxPassword(data.value)}
                onKeyDown={openOnEnter}
              />
              <Button size="small" disabled={choosing} onClick={() => void openPfx()}>
                {t('form.certificate.pfxOpen')}
              </Button>
            </div>
          </Field>
        ) : null}
        <Button size="small" icon={<DocumentArrowUp16Regular />} disabled={choosing} onClick={() => void choose()}>
          {facts || hasStoredSecret ? t('form.certificate.replace') : t('form.certificate.choose')}
        </Button>
      </div>
    </Field>
  );
}
