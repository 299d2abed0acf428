import { Checkbox, Field, Input, makeStyles, Select, Switch, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import {
  accountWarnings,
  CONNECTION_METHODS,
  type AccountField,
  type AccountView,
  type ConnectionMethod,
  type FieldErrors,
} from '../../../shared/account';
import { usesAppRegistration } from '../../../shared/account-defaults';
import { ENCRYPTIONS, isEncrypted } from '../../../shared/encryption';
import { MICROSOFT_CLOUDS, type MicrosoftCloudName } from '../../../shared/microsoft-clouds';
import { cloudOfForm, withCloud, withMethod } from '../form-method';
import { secretKindOf, type AccountFormState, type SecretKind } from '../form-state';
import { useFocusFirstInvalid } from '../hooks/useFocusFirstInvalid';
import { useI18n } from '../i18n';
import { formAfterServerPaste } from '../server-paste';
import { AdvancedFields, type FieldState } from './AdvancedFields';
import { AppRegistrationFields } from './AppRegistrationFields';
import { Section } from './FormSection';
import { EncryptionField, PortField } from './PortAndEncryptionFields';
import { SecretInput } from './SecretInput';

const CLOUDS = Object.keys(MICROSOFT_CLOUDS) as MicrosoftCloudName[];

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '640px' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 120px',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  // Fluent inputs have a minimum width; the port column is narrower than that.
});

export interface AccountFormProps {
  form: AccountFormState;
  errors: FieldErrors;
  /** The saved account has a sealed secret (a password, client secret or certificate). */
  hasStoredPassword: boolean;
  /** What that secret is, as the account was saved: a switch to another kind leaves it unused. */
  storedSecretKind?: SecretKind;
  /** The saved account's certificate, by its public facts. */
  storedCertificate?: AccountView['clientCertificate'];
  passwordNeedsReentry: boolean;
  /** Portable mode before the passphrase is entered: the stored password exists but cannot be used yet. */
  passwordLocked?: boolean;
  onChange: (form: AccountFormState) => void;
  /** A field lost focus: the page checks it then, so errors appear as the user moves on. */
  onLeaveField?: (field: AccountField) => void;
  /** Changes when Save found errors: the focus moves to the first invalid field. */
  focusRequest?: number;
  /** The folders the last successful test listed, offered in the processing-folder fields. */
  serverFolders?: readonly string[];
}

export function AccountForm({
  form,
  errors,
  hasStoredPassword,
  storedSecretKind,
  storedCertificate,
  passwordNeedsReentry,
  passwordLocked = false,
  onChange,
  onLeaveField,
  focusRequest,
  serverFolders,
}: AccountFormProps) {
  const styles = useStyles();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, focusRequest);
  const { t, tMessage } = useI18n();
  const leave = (field: AccountField) => () => onLeaveField?.(field);
  const warnings = accountWarnings({ encryption: form.encryption, port: form.port });
  const warningFor = (field: AccountField) => warnings.find((warning) => warning.field === field)?.message;
  const set = <K extends keyof AccountFormState>(key: K, value: AccountFormState[K]) =>
    onChange({ ...form, [key]: value });
  // Errors and warnings stay messages until drawn: a change of language redraws them in it. A field
  // showing one drops its hint, so the message is not read out next to words it repeats.
  const fieldState: FieldState = (field, hint) => {
    const error = errors[field];
    if (error) return { validationState: 'error' as const, validationMessage: tMessage(error) };
    const warning = warningFor(field);
    if (warning) return { validationState: 'warning' as const, validationMessage: tMessage(warning) };
    return hint === undefined ? {} : { hint };
  };
  const encrypted = isEncrypted(form.encryption);
  // A stored secret counts only for the kind it is: an IMAP password is no client secret.
  const storedSecret = hasStoredPassword && (storedSecretKind ?? 'password') === secretKindOf(form);
  const passwordHint = passwordNeedsReentry
    ? t('form.password.reenter')
    : passwordLocked
      ? t('form.password.locked')
      : storedSecret
        ? t('form.password.stored')
        : undefined;
  const appRegistration = usesAppRegistration(form.method);
  const cloud = cloudOfForm(form);

  const methodField = (
    <Field label={t('form.method')} hint={t(`form.method.${form.method}.hint`)}>
      <Select value={form.method} onChange={(_e, data) => onChange(withMethod(form, data.value as ConnectionMethod))}>
        {CONNECTION_METHODS.map((method) => (
          <option key={method} value={method}>
            {t(`form.method.${method}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
  const identification = (
    <Section title={t('form.section.identification')}>
      <Field label={t('form.connectionName')} required {...fieldState('connectionName')}>
        <Input
          value={form.connectionName}
          onChange={(_e, data) => set('connectionName', data.value)}
          onBlur={leave('connectionName')}
        />
      </Field>
      <Field label={t('form.emailAddress')} required {...fieldState('emailAddress', t('form.emailAddress.hint'))}>
        <Input
          type="email"
          value={form.emailAddress}
          onChange={(_e, data) => set('emailAddress', data.value)}
          onBlur={leave('emailAddress')}
        />
      </Field>
    </Section>
  );

  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-label={appRegistration ? t('form.label.appRegistration') : t('form.label')}
      onSubmit={(event) => event.preventDefault()}
      noValidate
    >
      {appRegistration ? (
        <>
          <Section title={t('form.section.connection')}>
            {methodField}
            <Field
              label={t('form.cloud')}
              hint={cloud === 'custom' ? t('form.cloud.custom.hint') : t('form.cloud.hint')}
            >
              <Select
                value={cloud}
                onChange={(_e, data) => onChange(withCloud(form, data.value as MicrosoftCloudName))}
              >
                {CLOUDS.map((name) => (
                  <option key={name} value={name}>
                    {t(`form.cloud.${name}`)}
                  </option>
                ))}
                {cloud === 'custom' ? <option value="custom">{t('form.cloud.custom')}</option> : null}
              </Select>
            </Field>
          </Section>
          {identification}
          <AppRegistrationFields
            form={form}
            errors={errors}
            fieldState={fieldState}
            hasStoredSecret={storedSecret}
            secretNeedsReentry={passwordNeedsReentry}
            secretLocked={passwordLocked}
            storedCertificate={storedCertificate}
            onChange={onChange}
            onLeaveField={leave}
          />
        </>
      ) : (
        <>
          <Section title={t('form.section.connection')}>
            {methodField}
            <div className={styles.row}>
              <Field label={t('form.server')} required {...fieldState('server', t('form.server.hint'))}>
                <Input
                  value={form.server}
                  onChange={(_e, data) => set('server', data.value)}
                  onBlur={leave('server')}
                  onPaste={(event) => {
                    const next = formAfterServerPaste(form, event.clipboardData.getData('text'));
                    if (!next) return;
                    event.preventDefault();
                    onChange(next);
                  }}
                />
              </Field>
              <PortField form={form} fieldState={fieldState} onChange={onChange} onLeaveField={leave} />
            </div>
            <EncryptionField form={form} fieldState={fieldState} onChange={onChange} options={ENCRYPTIONS} />
            {encrypted ? null : (
              <Field {...fieldState('insecureAcknowledged')}>
                <Checkbox
                  checked={form.insecureAcknowledged}
                  onChange={(_e, data) => set('insecureAcknowledged', data.checked === true)}
                  label={t('form.insecureAcknowledged')}
                />
              </Field>
            )}
            <Field
              label={t('form.validateSsl')}
              hint={
                encrypted
                  ? form.validateSsl
                    ? t('form.validateSsl.on')
                    : t('form.validateSsl.off')
                  : t('form.validateSsl.notApplicable')
              }
            >
              <Switch
                checked={form.validateSsl && encrypted}
                disabled={!encrypted}
                onChange={(_e, data) => set('validateSsl', data.checked)}
              />
            </Field>
          </Section>
          {identification}
          <Section title={t('form.section.signIn')}>
            <Field label={t('form.userName')} required {...fieldState('userName', t('form.userName.hint'))}>
              <Input
                value={form.userName}
                onChange={(_e, data) => set('userName', data.value)}
                onBlur={leave('userName')}
                autoComplete="off"
              />
            </Field>
            <Field
              label={t('form.password')}
              {...fieldState('password')}
              {...(passwordHint && !errors.password ? { hint: passwordHint } : {})}
            >
              <SecretInput
                value={form.password}
                onChange={(value) => set('password', value)}
                showLabel={t('form.password.show')}
                hideLabel={t('form.password.hide')}
              />
            </Field>
          </Section>
        </>
      )}
      <AdvancedFields
        key={form.id ?? 'new'}
        form={form}
        errors={errors}
        fieldState={fieldState}
        onChange={onChange}
        onLeaveField={leave}
        {...(focusRequest === undefined ? {} : { focusRequest })}
        {...(serverFolders ? { serverFolders } : {})}
      />
    </form>
  );
}
