import { Button, Checkbox, Field, Input, makeStyles, Select, Switch, Text, tokens } from '@fluentui/react-components';
import { Eye20Regular, EyeOff20Regular } from '@fluentui/react-icons';
import { useRef, useState, type ReactNode } from 'react';
import {
  accountWarnings,
  CONNECTION_METHODS,
  DEFAULT_PROCESSING_FOLDERS,
  effectiveLogin,
  type AccountField,
  type ConnectionMethod,
  type FieldErrors,
} from '../../../shared/account';
import { ENCRYPTIONS, isEncrypted, type Encryption } from '../../../shared/encryption';
import { withEncryption, type AccountFormState } from '../form-state';
import { useFocusFirstInvalid } from '../hooks/useFocusFirstInvalid';
import { useI18n } from '../i18n';
import { formAfterServerPaste } from '../server-paste';
import { AdvancedSection } from './AdvancedSection';
import { CertificateTrust } from './CertificateTrust';
import { FolderField } from './FolderField';

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

const ADVANCED_FIELDS: readonly AccountField[] = [
  'trustedFingerprint',
  'caCertificatePem',
  'successFolder',
  'failedFolder',
  'sharedMailboxAlias',
];

/** Advanced holds something the user should see: a value other than the default. */
function advancedHoldsValue(form: AccountFormState): boolean {
  return (
    form.trustedFingerprint !== '' ||
    form.caCertificatePem !== '' ||
    form.sharedMailboxAlias.trim() !== '' ||
    form.successFolder !== DEFAULT_PROCESSING_FOLDERS.successFolder ||
    form.failedFolder !== DEFAULT_PROCESSING_FOLDERS.failedFolder
  );
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
  const fieldState = (field: AccountField, hint?: string) => {
    const error = errors[field];
    if (error) return { validationState: 'error' as const, validationMessage: tMessage(error) };
    const warning = warningFor(field);
    if (warning) return { validationState: 'warning' as const, validationMessage: tMessage(warning) };
    return hint === undefined ? {} : { hint };
  };
  const advancedHasError = ADVANCED_FIELDS.some((field) => errors[field] !== undefined);
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
            {CONNECTION_METHODS.map((method) => (
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
      {/* One disclosure state per account: opening another account starts from its own values. */}
      <AdvancedSection
        key={form.id ?? 'new'}
        holdsSomething={advancedHoldsValue(form) || advancedHasError}
        hasError={advancedHasError}
        {...(focusRequest === undefined ? {} : { revealRequest: focusRequest })}
      >
        {encrypted ? (
          <CertificateTrust
            trustedFingerprint={form.trustedFingerprint}
            caCertificatePem={form.caCertificatePem}
            {...(errors.trustedFingerprint ? { fingerprintError: errors.trustedFingerprint } : {})}
            {...(errors.caCertificatePem ? { caError: errors.caCertificatePem } : {})}
            onChange={(change) => onChange({ ...form, ...change })}
          />
        ) : null}
        <Section title={t('form.section.processing')}>
          <FolderField
            label={t('form.successFolder')}
            value={form.successFolder}
            serverFolders={serverFolders}
            fieldProps={fieldState('successFolder', t('form.processing.hint'))}
            onChange={(value) => set('successFolder', value)}
            onBlur={leave('successFolder')}
          />
          <FolderField
            label={t('form.failedFolder')}
            value={form.failedFolder}
            serverFolders={serverFolders}
            fieldProps={fieldState('failedFolder')}
            onChange={(value) => set('failedFolder', value)}
            onBlur={leave('failedFolder')}
          />
        </Section>
        <Field
          label={t('form.sharedMailboxAlias')}
          {...fieldState(
            'sharedMailboxAlias',
            form.sharedMailboxAlias.trim() && form.userName.trim()
              ? t('form.sharedMailboxAlias.login', {
                  login: effectiveLogin({
                    userName: form.userName.trim(),
                    sharedMailboxAlias: form.sharedMailboxAlias.trim(),
                  }),
                })
              : t('form.sharedMailboxAlias.hint'),
          )}
        >
          <Input
            value={form.sharedMailboxAlias}
            onChange={(_e, data) => set('sharedMailboxAlias', data.value)}
            onBlur={leave('sharedMailboxAlias')}
            autoComplete="off"
          />
        </Field>
      </AdvancedSection>
    </form>
  );
}
