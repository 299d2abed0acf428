import { makeStyles, SearchBox, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { filterAndSort, type AccountSort } from '../account-order';
import type { AccountView } from '../../../shared/account';
import { useI18n } from '../i18n';
import { AccountRow } from './AccountRow';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toolbar: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // Off-screen rows skip layout and paint: the list stays quick with a thousand accounts.
  row: { contentVisibility: 'auto', containIntrinsicSize: 'auto 32px' },
  empty: { color: tokens.colorNeutralForeground3, padding: tokens.spacingVerticalM },
});

export function AccountList({
  accounts,
  loading,
  selectedId,
  onSelect,
}: {
  accounts: AccountView[];
  loading: boolean;
  selectedId: string | undefined;
  onSelect: (account: AccountView) => void;
}) {
  const styles = useStyles();
  const { t, tPlural } = useI18n();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<AccountSort>('name');
  const shown = useMemo(() => filterAndSort(accounts, query, sort), [accounts, query, sort]);
  // Until the first list arrives, "No accounts yet" would be a false statement.
  if (loading) return <Spinner size="tiny" label={t('list.loading')} />;
  if (accounts.length === 0)
    return (
      <Text className={styles.empty} data-empty-list>
        {t('list.empty')}
      </Text>
    );
  return (
    <div className={styles.panel}>
      <SearchBox
        placeholder={t('list.search')}
        aria-label={t('list.searchLabel')}
        value={query}
        onChange={(_event, data) => setQuery(data.value)}
      />
      <div className={styles.toolbar}>
        <Text size={200} aria-live="polite">
          {shown.length === accounts.length
            ? tPlural('list.count', accounts.length)
            : t('list.filtered', { shown: shown.length, total: accounts.length })}
        </Text>
        <Select
          size="small"
          aria-label={t('list.sortLabel')}
          value={sort}
          onChange={(_event, data) => setSort(data.value as AccountSort)}
        >
          <option value="name">{t('list.sort.name')}</option>
          <option value="server">{t('list.sort.server')}</option>
          <option value="state">{t('list.sort.state')}</option>
        </Select>
      </div>
      <ul className={styles.list} aria-label={t('list.accounts')}>
        {shown.map((account) => (
          <li key={account.id} className={styles.row}>
            <AccountRow account={account} selected={account.id === selectedId} t={t} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {shown.length === 0 ? <Text className={styles.empty}>{t('list.noMatch', { query })}</Text> : null}
    </div>
  );
}
