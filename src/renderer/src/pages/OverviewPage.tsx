import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { testBadge } from '../components/AccountList';
import type { AccountsState } from '../hooks/useAccounts';

const useStyles = makeStyles({
  page: {
    padding: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    overflowY: 'auto',
  },
  heading: { margin: 0 },
});

export function OverviewPage({ accounts, onOpenAccounts }: { accounts: AccountsState; onOpenAccounts: () => void }) {
  const styles = useStyles();
  // Accounts that need attention first: never tested, then failing.
  const rank = (ok: boolean | undefined) => (ok === undefined ? 0 : ok ? 2 : 1);
  const sorted = [...accounts.accounts].sort((a, b) => rank(a.lastTest?.ok) - rank(b.lastTest?.ok));
  return (
    <div className={styles.page}>
      <Text as="h2" size={600} weight="semibold" className={styles.heading}>
        Overview
      </Text>
      {accounts.loading ? (
        <Spinner size="tiny" label="Loading accounts…" />
      ) : (
        <Text>
          {accounts.accounts.length === 1
            ? '1 mailbox is connected.'
            : `${accounts.accounts.length} mailboxes are connected.`}{' '}
          {accounts.accounts.length === 0
            ? 'Start by connecting the mailbox where invoices arrive.'
            : 'Test the ones that are not OK before handing them to document processing.'}
        </Text>
      )}
      <div>
        <Button appearance="primary" onClick={onOpenAccounts}>
          Connect accounts
        </Button>
      </div>
      {sorted.length > 0 ? (
        <Table aria-label="Accounts at a glance" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Connection name</TableHeaderCell>
              <TableHeaderCell>Server</TableHeaderCell>
              <TableHeaderCell>Last test</TableHeaderCell>
              <TableHeaderCell>Reason</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sorted.map((account) => (
              <TableRow key={account.id}>
                <TableCell>{account.connectionName}</TableCell>
                <TableCell>
                  {account.server}:{account.port}
                </TableCell>
                <TableCell>
                  {testBadge(account)} {account.lastTest ? new Date(account.lastTest.at).toLocaleString() : ''}
                </TableCell>
                <TableCell>{account.lastTest?.summary ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </div>
  );
}
