import { Badge, Button, Spinner, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
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
  // Until the first list arrives, "No accounts yet" would be a false statement.
  if (loading) return <Spinner size="tiny" label="Loading accounts…" />;
  if (accounts.length === 0)
    return <Text className={styles.empty}>No accounts yet. Choose “New e-mail account” to add one.</Text>;
  return (
    <ul className={styles.list} aria-label="E-mail accounts">
      {accounts.map((account) => (
        <li key={account.id}>
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
  );
}
