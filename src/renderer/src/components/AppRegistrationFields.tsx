import { Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import type { AccountField, AccountView, FieldErrors } from '../../../shared/account';
import { CLIENT_CREDENTIALS, type ClientCredential } from '../../../shared/account-defaults';
import type { AccountFormState } from '../form-state';
import { useI18n } from '../i18n';
import type { FieldState } from './AdvancedFields';
import { ClientCertificateField } from './ClientCertificateField';
import { Section } from './FormSection';
import { SecretInput } from './SecretInput';

export interface AppRegistrationFieldsProps {
  form: AccountFormState;
  errors: FieldErrors;
  fieldState: FieldState;
  /** A secret of the kind chosen now (client secret or certificate) is stored with the account. */
  hasStoredSecret: boolean;
  secretNeedsReentry: boolean;
  secretLocked: boolean;
  storedCertificate: AccountView['clientCertificate'];
  onChange: (form: AccountFormState) => void;
  onLeaveField: (field: AccountField) => () => void;
}

/**
 * The Microsoft 365 methods' sign-in (issue 16): the Entra ID app registration (tenant, application
 * ID, a client secret or a certificate) and the mailbox it reads, in Microsoft's portal terms.
 */
export function AppRegistrationFields({
  form,
  errors,
  fieldState,
  hasStoredSecret,
  secretNeedsReentry,
  secretLocked,
  storedCertificate,
  onChange,
  onLeaveField,
}: AppRegistrationFieldsProps) {
  const { t } = useI18n();
  const set = <K extends keyof AccountFormState>(key: K, value: AccountFormState[K]) =>
    onChange({ ...form, [key]: value });
  const secretHint = secretNeedsReentry
    ? t('form.clientSecret.reenter')
    : secretLocked
      ? t('form.clientSecret.locked')
      : hasStoredSecret
        ? t('form.clientSecret.stored')
        : t('form.clientSecret.hint');
  return (
    <>
      <Section title={t('form.section.appRegistration')}>
        <Field label={t('form.tenant')} required {...fieldState('tenant', t('form.tenant.hint'))}>
          <Input
            value={form.tenant}
            onChange={(_e, data) => set('tenant', data.value)}
            onBlur={onLeaveField('tenant')}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        <Field label={t('form.clientId')} required {...fieldState('clientId', t('form.clientId.hint'))}>
          <Input
            value={form.clientId}
            onChange={(_e, data) => set('clientId', data.value)}
            onBlur={onLeaveField('clientId')}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        <Field label={t('form.clientCredential')} required {...fieldState('clientCredential')}>
          <RadioGroup
            layout="horizontal"
            value={form.clientCredential}
            onChange={(_e, data) => set('clientCredential', data.value as ClientCredential)}
          >
            {CLIENT_CREDENTIALS.map((credential) => (
              <Radio key={credential} value={credential} label={t(`form.clientCredential.${credential}`)} />
            ))}
          </RadioGroup>
        </Field>
        {form.clientCredential === 'secret' ? (
          <Field
            label={t('form.clientSecret')}
            {...fieldState('password')}
            {...(errors.password ? {} : { hint: secretHint })}
          >
            <SecretInput
              value={form.password}
              onChange={(value) => set('password', value)}
              showLabel={t('form.clientSecret.show')}
              hideLabel={t('form.clientSecret.hide')}
            />
          </Field>
        ) : (
          <ClientCertificateField
            chosen={form.clientCertificate}
            stored={storedCertificate}
            hasStoredSecret={hasStoredSecret}
            needsReentry={secretNeedsReentry}
            error={errors.password ?? errors.clientCredential}
            onChosen={(certificate) => set('clientCertificate', certificate)}
          />
        )}
      </Section>
      <Section title={t('form.section.signIn')}>
        <Field label={t('form.mailbox')} required {...fieldState('userName', t('form.mailbox.hint'))}>
          <Input
            type="email"
            value={form.userName}
            onChange={(_e, data) => set('userName', data.value)}
            onBlur={onLeaveField('userName')}
            autoComplete="off"
          />
        </Field>
      </Section>
    </>
  );
}
