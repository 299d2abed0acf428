import { makeStyles, SearchBox, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { filterAndSort, type AccountSort } from '../account-order';
import type { AccountView } from '../../../shared/account';
import { useI18n } from '../i18n';
import type { ListAction, ListActionAvailability } from '../commands/list-actions';
import { AccountListbox } from './AccountListbox';

const useStyles = makeStyles({
  // The list scrolls inside the panel (it is virtualised), search and sort stay in view above it.
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, flex: 1, minHeight: 0 },
  toolbar: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  empty: { color: tokens.colorNeutralForeground3, padding: tokens.spacingVerticalM },
});

export interface AccountListProps {
  accounts: AccountView[];
  loading: boolean;
  /** The account open in the form. */
  openId: string | undefined;
  onOpen: (account: AccountView) => void;
  availabilityFor: (selectedCount: number) => ListActionAvailability;
  onAction: (action: ListAction, accounts: AccountView[]) => void;
}

export function AccountList({ accounts, loading, openId, onOpen, availabilityFor, onAction }: AccountListProps) {
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
      {shown.length > 0 ? (
        <AccountListbox
          shown={shown}
          openId={openId}
          onOpen={onOpen}
          availabilityFor={availabilityFor}
          onAction={onAction}
        />
      ) : null}
      {shown.length === 0 ? <Text className={styles.empty}>{t('list.noMatch', { query })}</Text> : null}
    </div>
  );
}
