import { Field, Input, type FieldProps } from '@fluentui/react-components';
import {
  DEFAULT_PROCESSING_FOLDERS,
  effectiveLogin,
  type AccountField,
  type FieldErrors,
} from '../../../shared/account';
import { usesAppRegistration } from '../../../shared/account-defaults';
import { isEncrypted } from '../../../shared/encryption';
import { hostsDifferFromCloud } from '../form-method';
import type { AccountFormState } from '../form-state';
import { useI18n } from '../i18n';
import { AdvancedSection } from './AdvancedSection';
import { CertificateTrust } from './CertificateTrust';
import { FolderField } from './FolderField';
import { Section } from './FormSection';
import { helpTopicsOfKey } from '../../../shared/help-links';
import { HelpLinks } from './HelpLinks';
import { MicrosoftHostsFields } from './MicrosoftHostsFields';

/** How the form draws a field's error, warning or hint (one rule for every field, in AccountForm). */
export type FieldState = (field: AccountField, hint?: string) => Partial<FieldProps>;

const ADVANCED_FIELDS: readonly AccountField[] = [
  'trustedFingerprint',
  'caCertificatePem',
  'successFolder',
  'failedFolder',
  'sharedMailboxAlias',
];
/** The Microsoft 365 methods keep their hosts here too: the cloud fills them in. */
const APP_REGISTRATION_ADVANCED_FIELDS: readonly AccountField[] = [
  'authorityHost',
  'server',
  'port',
  'encryption',
  ...ADVANCED_FIELDS,
];

/** Advanced holds something the user should see: a value other than the default. */
function advancedHoldsValue(form: AccountFormState): boolean {
  return (
    hostsDifferFromCloud(form) ||
    form.trustedFingerprint !== '' ||
    form.caCertificatePem !== '' ||
    form.sharedMailboxAlias.trim() !== '' ||
    form.successFolder !== DEFAULT_PROCESSING_FOLDERS.successFolder ||
    form.failedFolder !== DEFAULT_PROCESSING_FOLDERS.failedFolder
  );
}

export interface AdvancedFieldsProps {
  form: AccountFormState;
  errors: FieldErrors;
  fieldState: FieldState;
  onChange: (form: AccountFormState) => void;
  onLeaveField: (field: AccountField) => () => void;
  focusRequest?: number;
  serverFolders?: readonly string[];
}

/** What most accounts never change: certificate trust, the processing folders, the shared mailbox alias. */
export function AdvancedFields({
  form,
  errors,
  fieldState,
  onChange,
  onLeaveField,
  focusRequest,
  serverFolders,
}: AdvancedFieldsProps) {
  const { t } = useI18n();
  const set = <K extends keyof AccountFormState>(key: K, value: AccountFormState[K]) =>
    onChange({ ...form, [key]: value });
  const encrypted = isEncrypted(form.encryption);
  const appRegistration = usesAppRegistration(form.method);
  const advancedHasError = (appRegistration ? APP_REGISTRATION_ADVANCED_FIELDS : ADVANCED_FIELDS).some(
    (field) => errors[field] !== undefined,
  );
  return (
    <AdvancedSection
      holdsSomething={advancedHoldsValue(form) || advancedHasError}
      hasError={advancedHasError}
      summary={appRegistration ? t('form.advanced.summary.appRegistration') : t('form.advanced.summary')}
      {...(focusRequest === undefined ? {} : { revealRequest: focusRequest })}
    >
      {appRegistration ? (
        <MicrosoftHostsFields form={form} fieldState={fieldState} onChange={onChange} onLeaveField={onLeaveField} />
      ) : null}
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
          onBlur={onLeaveField('successFolder')}
        />
        <FolderField
          label={t('form.failedFolder')}
          value={form.failedFolder}
          serverFolders={serverFolders}
          fieldProps={fieldState('failedFolder')}
          onChange={(value) => set('failedFolder', value)}
          onBlur={onLeaveField('failedFolder')}
        />
      </Section>
      {appRegistration ? null : (
        <>
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
              onBlur={onLeaveField('sharedMailboxAlias')}
              autoComplete="off"
            />
          </Field>
          <HelpLinks topics={helpTopicsOfKey('form.sharedMailboxAlias.hint')} />
        </>
      )}
    </AdvancedSection>
  );
}
