import { Button, Checkbox, Field, Input, makeStyles, Select, Switch, tokens } from '@fluentui/react-components';
import { Eye20Regular, EyeOff20Regular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { accountWarnings, type AccountField, type ConnectionMethod, type FieldErrors } from '../../../shared/account';
import { ENCRYPTIONS, isEncrypted, type Encryption } from '../../../shared/encryption';
import { withEncryption, type AccountFormState } from '../form-state';
import { useFocusFirstInvalid } from '../hooks/useFocusFirstInvalid';
import { useI18n } from '../i18n';
import { formAfterServerPaste } from '../server-paste';
import { AdvancedFields, type FieldState } from './AdvancedFields';
import { Section } from './FormSection';

/**
 * The methods this form can edit. The Microsoft 365 methods (issue 16) are known to the core and the
 * schema; their app-registration fields join the form with the rest of that window work.
 */
const FORM_METHODS: readonly ConnectionMethod[] = ['imap'];

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '640px' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 120px',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  // Fluent inputs have a minimum width; the port column is narrower than that.
  narrowInput: { minWidth: 0, width: '100%' },
});

export interface AccountFormProps {
  form: AccountFormState;
  errors: FieldErrors;
  hasStoredPassword: boolean;
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
  const [passwordVisible, setPasswordVisible] = useState(false);
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
  const passwordHint = passwordNeedsReentry
    ? t('form.password.reenter')
    : passwordLocked
      ? t('form.password.locked')
      : hasStoredPassword
        ? t('form.password.stored')
        : undefined;

  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-label={t('form.label')}
      onSubmit={(event) => event.preventDefault()}
      noValidate
    >
      <Section title={t('form.section.connection')}>
        <Field label={t('form.method')}>
          <Select value={form.method} onChange={(_e, data) => set('method', data.value as ConnectionMethod)}>
            {FORM_METHODS.map((method) => (
              <option key={method} value={method}>
                {t(`form.method.${method}`)}
              </option>
            ))}
          </Select>
        </Field>
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
          <Field label={t('form.port')} required {...fieldState('port')}>
            <Input
              className={styles.narrowInput}
              value={form.port}
              inputMode="numeric"
              onChange={(_e, data) => set('port', data.value)}
              onBlur={leave('port')}
            />
          </Field>
        </div>
        <Field
          label={t('form.encryption')}
          required
          {...fieldState('encryption', t(`encryption.${form.encryption}.description`))}
        >
          <Select
            value={form.encryption}
            onChange={(_e, data) => onChange(withEncryption(form, data.value as Encryption))}
          >
            {ENCRYPTIONS.map((option) => (
              <option key={option} value={option}>
                {t(`encryption.${option}.label`)}
              </option>
            ))}
          </Select>
        </Field>
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
          <Input
            type={passwordVisible ? 'text' : 'password'}
            value={form.password}
            onChange={(_e, data) => set('password', data.value)}
            autoComplete="new-password"
            contentAfter={
              <Button
                appearance="transparent"
                size="small"
                icon={passwordVisible ? <EyeOff20Regular /> : <Eye20Regular />}
                aria-label={passwordVisible ? t('form.password.hide') : t('form.password.show')}
                aria-pressed={passwordVisible}
                onClick={() => setPasswordVisible(!passwordVisible)}
              />
            }
          />
        </Field>
      </Section>
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
