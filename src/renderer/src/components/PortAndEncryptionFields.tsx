import { Field, Input, makeStyles, Select } from '@fluentui/react-components';
import type { AccountField } from '../../../shared/account';
import type { Encryption } from '../../../shared/encryption';
import { withEncryption, type AccountFormState } from '../form-state';
import { useI18n } from '../i18n';
import type { FieldState } from './AdvancedFields';

const useStyles = makeStyles({ narrowInput: { minWidth: 0, width: '100%' } });

interface FieldProps {
  form: AccountFormState;
  fieldState: FieldState;
  onChange: (form: AccountFormState) => void;
  onLeaveField: (field: AccountField) => () => void;
}

/** The port, as typed (so "99x" gets its own message); IMAP with a password and with a token share it. */
export function PortField({ form, fieldState, onChange, onLeaveField }: FieldProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Field label={t('form.port')} required {...fieldState('port')}>
      <Input
        className={styles.narrowInput}
        value={form.port}
        inputMode="numeric"
        onChange={(_e, data) => onChange({ ...form, port: data.value })}
        onBlur={onLeaveField('port')}
      />
    </Field>
  );
}

/** The encryption choice, each option explained; the methods differ only in the options they allow. */
export function EncryptionField({
  form,
  fieldState,
  onChange,
  options,
}: Omit<FieldProps, 'onLeaveField'> & { options: readonly Encryption[] }) {
  const { t } = useI18n();
  return (
    <Field
      label={t('form.encryption')}
      required
      {...fieldState('encryption', t(`encryption.${form.encryption}.description`))}
    >
      <Select value={form.encryption} onChange={(_e, data) => onChange(withEncryption(form, data.value as Encryption))}>
        {options.map((option) => (
          <option key={option} value={option}>
            {t(`encryption.${option}.label`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
