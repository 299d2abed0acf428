import { Field, Input, makeStyles, Switch, tokens } from '@fluentui/react-components';
import type { AccountField } from '../../../shared/account';
import { isEncrypted, type Encryption } from '../../../shared/encryption';
import type { AccountFormState } from '../form-state';
import { useI18n } from '../i18n';
import type { FieldState } from './AdvancedFields';
import { Section } from './FormSection';
import { EncryptionField, PortField } from './PortAndEncryptionFields';

/** Microsoft 365 takes tokens only over TLS from the first byte or STARTTLS (app-registration.ts). */
const TOKEN_ENCRYPTIONS: readonly Encryption[] = ['tls', 'ssl', 'starttls'];

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 120px',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
});

export interface MicrosoftHostsFieldsProps {
  form: AccountFormState;
  fieldState: FieldState;
  onChange: (form: AccountFormState) => void;
  onLeaveField: (field: AccountField) => () => void;
}

/**
 * Where the token comes from and where it goes, as the chosen cloud filled them in: edited only for
 * a proxy, a sovereign cloud's own hosts or a test's servers. IMAP with OAuth 2.0 keeps its port and
 * encryption; Microsoft Graph is always HTTPS on its host (443).
 */
export function MicrosoftHostsFields({ form, fieldState, onChange, onLeaveField }: MicrosoftHostsFieldsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const set = <K extends keyof AccountFormState>(key: K, value: AccountFormState[K]) =>
    onChange({ ...form, [key]: value });
  const imap = form.method === 'imap-oauth';
  const server = (
    <Field
      label={imap ? t('form.imapHost') : t('form.graphHost')}
      required
      {...fieldState('server', imap ? t('form.imapHost.hint') : t('form.graphHost.hint'))}
    >
      <Input value={form.server} onChange={(_e, data) => set('server', data.value)} onBlur={onLeaveField('server')} />
    </Field>
  );
  return (
    <Section title={t('form.section.hosts')}>
      <Field label={t('form.authorityHost')} required {...fieldState('authorityHost', t('form.authorityHost.hint'))}>
        <Input
          value={form.authorityHost}
          onChange={(_e, data) => set('authorityHost', data.value)}
          onBlur={onLeaveField('authorityHost')}
          spellCheck={false}
        />
      </Field>
      {imap ? (
        <>
          <div className={styles.row}>
            {server}
            <PortField form={form} fieldState={fieldState} onChange={onChange} onLeaveField={onLeaveField} />
          </div>
          <EncryptionField form={form} fieldState={fieldState} onChange={onChange} options={TOKEN_ENCRYPTIONS} />
        </>
      ) : (
        server
      )}
      <Field
        label={t('form.validateSsl')}
        hint={form.validateSsl ? t('form.validateSsl.on') : t('form.validateSsl.off')}
      >
        <Switch
          checked={form.validateSsl && isEncrypted(form.encryption)}
          onChange={(_e, data) => set('validateSsl', data.checked)}
        />
      </Field>
    </Section>
  );
}
