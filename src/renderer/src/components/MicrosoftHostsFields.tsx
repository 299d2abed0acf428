import { Field, Input, makeStyles, Select, Switch, tokens } from '@fluentui/react-components';
import type { AccountField } from '../../../shared/account';
import { isEncrypted, type Encryption } from '../../../shared/encryption';
import { withEncryption, type AccountFormState } from '../form-state';
import { useI18n } from '../i18n';
import type { FieldState } from './AdvancedFields';
import { Section } from './FormSection';

/** Microsoft 365 takes tokens only over TLS from the first byte or STARTTLS (app-registration.ts). */
const TOKEN_ENCRYPTIONS: readonly Encryption[] = ['tls', 'ssl', 'starttls'];

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 120px',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  narrowInput: { minWidth: 0, width: '100%' },
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
            <Field label={t('form.port')} required {...fieldState('port')}>
              <Input
                className={styles.narrowInput}
                value={form.port}
                inputMode="numeric"
                onChange={(_e, data) => set('port', data.value)}
                onBlur={onLeaveField('port')}
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
              {TOKEN_ENCRYPTIONS.map((option) => (
                <option key={option} value={option}>
                  {t(`encryption.${option}.label`)}
                </option>
              ))}
            </Select>
          </Field>
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
