import { Button, Checkbox, Field, Input, makeStyles, Select, Switch, Text, tokens } from '@fluentui/react-components';
import { Eye20Regular, EyeOff20Regular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { accountWarnings, type AccountField, type FieldErrors } from '../../../shared/account';
import { ENCRYPTION_INFO, ENCRYPTIONS, isEncrypted, type Encryption } from '../../../shared/encryption';
import { withEncryption, type AccountFormState } from '../form-state';
import { CertificateTrust } from './CertificateTrust';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '640px' },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  legend: { paddingBottom: tokens.spacingVerticalS },
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
  onChange: (form: AccountFormState) => void;
  /** A field lost focus: the page checks it then, so errors appear as the user moves on. */
  onLeaveField?: (field: AccountField) => void;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>
        <Text weight="semibold" size={400}>
          {title}
        </Text>
      </legend>
      {children}
    </fieldset>
  );
}

export function AccountForm({
  form,
  errors,
  hasStoredPassword,
  passwordNeedsReentry,
  onChange,
  onLeaveField,
}: AccountFormProps) {
  const styles = useStyles();
  const [passwordVisible, setPasswordVisible] = useState(false);
  const leave = (field: AccountField) => () => onLeaveField?.(field);
  const warnings = accountWarnings({ encryption: form.encryption, port: form.port });
  const warningFor = (field: AccountField) => warnings.find((warning) => warning.field === field)?.message;
  const set = <K extends keyof AccountFormState>(key: K, value: AccountFormState[K]) =>
    onChange({ ...form, [key]: value });
  const fieldState = (field: AccountField) =>
    errors[field]
      ? { validationState: 'error' as const, validationMessage: errors[field] }
      : warningFor(field)
        ? { validationState: 'warning' as const, validationMessage: warningFor(field) }
        : {};
  const encrypted = isEncrypted(form.encryption);
  const passwordHint = passwordNeedsReentry
    ? 'Enter the password again: the stored one no longer matches these settings.'
    : hasStoredPassword
      ? 'A password is stored; leave empty to keep it.'
      : undefined;

  return (
    <form className={styles.form} aria-label="IMAP account" onSubmit={(event) => event.preventDefault()} noValidate>
      <Section title="Connection">
        <Field label="Connection method">
          <Input value="IMAP" readOnly />
        </Field>
        <div className={styles.row}>
          <Field
            label="Server"
            required
            {...fieldState('server')}
            hint="Host name, IPv4 or IPv6 address, e.g. mail.example.local"
          >
            <Input value={form.server} onChange={(_e, data) => set('server', data.value)} onBlur={leave('server')} />
          </Field>
          <Field label="Port" required {...fieldState('port')}>
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
          label="Encryption"
          required
          {...fieldState('encryption')}
          hint={
            errors.encryption || warningFor('encryption') ? undefined : ENCRYPTION_INFO[form.encryption].description
          }
        >
          <Select
            value={form.encryption}
            onChange={(_e, data) => onChange(withEncryption(form, data.value as Encryption))}
          >
            {ENCRYPTIONS.map((option) => (
              <option key={option} value={option}>
                {ENCRYPTION_INFO[option].label}
              </option>
            ))}
          </Select>
        </Field>
        {encrypted ? null : (
          <Field {...fieldState('insecureAcknowledged')}>
            <Checkbox
              checked={form.insecureAcknowledged}
              onChange={(_e, data) => set('insecureAcknowledged', data.checked === true)}
              label="I understand that the password and mail travel unencrypted."
            />
          </Field>
        )}
        <Field
          label="Validate SSL"
          hint={
            encrypted
              ? form.validateSsl
                ? 'The certificate must be trusted and match the server name.'
                : 'Insecure: any certificate is accepted.'
              : 'Applies only to encrypted options.'
          }
        >
          <Switch
            checked={form.validateSsl && encrypted}
            disabled={!encrypted}
            onChange={(_e, data) => set('validateSsl', data.checked)}
          />
        </Field>
        {encrypted ? (
          <CertificateTrust
            trustedFingerprint={form.trustedFingerprint}
            caCertificatePem={form.caCertificatePem}
            {...(errors.trustedFingerprint ? { fingerprintError: errors.trustedFingerprint } : {})}
            {...(errors.caCertificatePem ? { caError: errors.caCertificatePem } : {})}
            onChange={(change) => onChange({ ...form, ...change })}
          />
        ) : null}
      </Section>
      <Section title="Identification">
        <Field label="Connection name" required {...fieldState('connectionName')}>
          <Input
            value={form.connectionName}
            onChange={(_e, data) => set('connectionName', data.value)}
            onBlur={leave('connectionName')}
          />
        </Field>
        <Field
          label="E-mail address"
          required
          {...fieldState('emailAddress')}
          hint="Used to identify the mailbox in document processing."
        >
          <Input
            type="email"
            value={form.emailAddress}
            onChange={(_e, data) => set('emailAddress', data.value)}
            onBlur={leave('emailAddress')}
          />
        </Field>
      </Section>
      <Section title="Sign-in">
        <Field
          label="User name"
          required
          {...fieldState('userName')}
          hint="user@domain, DOMAIN\user or DOMAIN\user\sharedAlias"
        >
          <Input
            value={form.userName}
            onChange={(_e, data) => set('userName', data.value)}
            onBlur={leave('userName')}
            autoComplete="off"
          />
        </Field>
        <Field
          label="Password"
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
                aria-label={passwordVisible ? 'Hide password' : 'Show password'}
                aria-pressed={passwordVisible}
                onClick={() => setPasswordVisible(!passwordVisible)}
              />
            }
          />
        </Field>
      </Section>
    </form>
  );
}
