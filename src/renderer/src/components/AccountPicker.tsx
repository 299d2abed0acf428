import {
  Checkbox,
  FieldContextProvider,
  makeStyles,
  tokens,
  useFieldContext_unstable,
} from '@fluentui/react-components';
import type { AccountView } from '../../../shared/account';
import { useI18n } from '../i18n';
import { MethodTag } from './MethodTag';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    maxHeight: '220px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
});

export interface AccountPickerProps {
  accounts: readonly AccountView[];
  chosen: ReadonlySet<string>;
  onChange: (chosen: Set<string>) => void;
}

/** Which accounts an export or a test run covers: all by default, any subset by ticking. */
export function AccountPicker({ accounts, chosen, onChange }: AccountPickerProps) {
  const styles = useStyles();
  const { t } = useI18n();
  // Inside a Field (the Export dialog's "choose at least one") every checkbox would take the Field's one
  // control id, so all labels pointed at the first box: the boxes name themselves, the group gets the message.
  const field = useFieldContext_unstable();
  const all = accounts.length > 0 && chosen.size === accounts.length;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <div role="group" aria-label={t('picker.label')} aria-describedby={field?.validationMessageId}>
      <FieldContextProvider value={undefined}>
        <Checkbox
          label={t('picker.all', { count: accounts.length })}
          checked={all ? true : chosen.size === 0 ? false : 'mixed'}
          onChange={() => onChange(all ? new Set() : new Set(accounts.map((account) => account.id)))}
        />
        <div className={styles.list}>
          {accounts.map((account) => (
            <Checkbox
              key={account.id}
              label={
                <>
                  {account.connectionName} <MethodTag method={account.method} t={t} />
                </>
              }
              checked={chosen.has(account.id)}
              onChange={(_event, data) => toggle(account.id, data.checked === true)}
            />
          ))}
        </div>
      </FieldContextProvider>
    </div>
  );
}
