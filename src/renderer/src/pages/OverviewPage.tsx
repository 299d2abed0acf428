import {
  Badge,
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
import { useMemo } from 'react';
import { filterAndSort, stateRank } from '../account-order';
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
  counts: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const MAX_ROWS = 100;

function nextStep(total: number, untested: number, failing: number): string {
  if (total === 0) return 'Start by connecting the mailbox where invoices arrive: choose “Connect accounts”.';
  if (failing > 0)
    return `Open the ${failing === 1 ? 'failing account' : `${failing} failing accounts`} and follow the hint of the last test.`;
  if (untested > 0)
    return `Test the ${untested === 1 ? 'account' : `${untested} accounts`} not tested yet before handing them to document processing.`;
  return 'All accounts passed their last test: they are ready for document processing.';
}

export function OverviewPage({ accounts, onOpenAccounts }: { accounts: AccountsState; onOpenAccounts: () => void }) {
  const styles = useStyles();
  const all = accounts.accounts;
  const sorted = useMemo(() => filterAndSort(all, '', 'state'), [all]);
  const untested = all.filter((account) => stateRank(account) === 0).length;
  const failing = all.filter((account) => stateRank(account) === 1).length;
  const working = all.length - untested - failing;
  return (
    <div className={styles.page}>
      <Text as="h2" size={600} weight="semibold" className={styles.heading}>
        Overview
      </Text>
      {accounts.loading ? (
        <Spinner size="tiny" label="Loading accounts…" />
      ) : (
        <>
          <div className={styles.counts} aria-label="Accounts by state">
            <Text size={500} weight="semibold">
              {all.length === 1 ? '1 mailbox' : `${all.length} mailboxes`}
            </Text>
            <Badge color="success">{working} OK</Badge>
            <Badge color="danger">{failing} failing</Badge>
            <Badge appearance="outline" color="informative">
              {untested} not tested yet
            </Badge>
          </div>
          <Text>{nextStep(all.length, untested, failing)}</Text>
        </>
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
            {sorted.slice(0, MAX_ROWS).map((account) => (
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
      {sorted.length > MAX_ROWS ? (
        <Text size={200}>
          The {MAX_ROWS} that need attention most are shown; all {sorted.length} are on “Connect accounts”.
        </Text>
      ) : null}
    </div>
  );
}
