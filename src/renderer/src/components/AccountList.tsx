import {
  Badge,
  Button,
  makeStyles,
  mergeClasses,
  SearchBox,
  Select,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { filterAndSort, type AccountSort } from '../account-order';
import type { AccountView } from '../../../shared/account';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  item: { width: '100%', justifyContent: 'space-between', textAlign: 'start', gap: tokens.spacingHorizontalS },
  // A quiet selection (as in Windows admin consoles), so the state badges stay readable on it.
  selected: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  name: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toolbar: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // Off-screen rows skip layout and paint: the list stays quick with a thousand accounts.
  row: { contentVisibility: 'auto', containIntrinsicSize: 'auto 32px' },
  empty: { color: tokens.colorNeutralForeground3, padding: tokens.spacingVerticalM },
});

export function testBadge(account: AccountView) {
  if (!account.lastTest)
    return (
      <Badge appearance="outline" color="informative">
        not tested yet
      </Badge>
    );
  return account.lastTest.ok ? (
    <Badge color="success">OK</Badge>
  ) : (
    <Badge color="danger">{account.lastTest.code ?? 'failed'}</Badge>
  );
}

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
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<AccountSort>('name');
  const shown = useMemo(() => filterAndSort(accounts, query, sort), [accounts, query, sort]);
  // Until the first list arrives, "No accounts yet" would be a false statement.
  if (loading) return <Spinner size="tiny" label="Loading accounts…" />;
  if (accounts.length === 0)
    return <Text className={styles.empty}>No accounts yet. Choose “New e-mail account” to add one.</Text>;
  return (
    <div className={styles.panel}>
      <SearchBox
        placeholder="Search name, server, user"
        aria-label="Search accounts"
        value={query}
        onChange={(_event, data) => setQuery(data.value)}
      />
      <div className={styles.toolbar}>
        <Text size={200} aria-live="polite">
          {shown.length === accounts.length
            ? `${accounts.length} accounts`
            : `${shown.length} of ${accounts.length} accounts`}
        </Text>
        <Select
          size="small"
          aria-label="Sort accounts by"
          value={sort}
          onChange={(_event, data) => setSort(data.value as AccountSort)}
        >
          <option value="name">Sort by name</option>
          <option value="server">Sort by server</option>
          <option value="state">Sort by state</option>
        </Select>
      </div>
      <ul className={styles.list} aria-label="E-mail accounts">
        {shown.map((account) => (
          <li key={account.id} className={styles.row}>
            <Button
              appearance="subtle"
              className={mergeClasses(styles.item, account.id === selectedId && styles.selected)}
              aria-current={account.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(account)}
            >
              <span className={styles.name}>{account.connectionName}</span>
              {testBadge(account)}
            </Button>
          </li>
        ))}
      </ul>
      {shown.length === 0 ? <Text className={styles.empty}>No account matches “{query}”.</Text> : null}
    </div>
  );
}
