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
import type { AccountView } from '../../../shared/account';
import { cloudOfAuthority } from '../../../shared/microsoft-clouds';
import { filterAndSort, stateRank } from '../account-order';
import { TestStateBadge } from '../components/TestStateBadge';
import { TrustSources } from '../components/TrustSources';
import { useI18n } from '../i18n';
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

/**
 * The account's connection method in words, with its Microsoft cloud when that is not the global
 * one: a US Government or China tenant is worth seeing at a glance, the usual case is not.
 */
function methodText(account: AccountView, t: ReturnType<typeof useI18n>['t']): string {
  const method = t(`form.method.${account.method}`);
  const cloud = account.method === 'imap' ? undefined : cloudOfAuthority(account.authorityHost ?? '');
  return cloud && cloud !== 'global'
    ? t('overview.method.cloud', { method, cloud: t(`detect.m365.cloud.${cloud}`) })
    : method;
}

export function OverviewPage({ accounts, onOpenAccounts }: { accounts: AccountsState; onOpenAccounts: () => void }) {
  const styles = useStyles();
  const { t, tPlural, tMessage } = useI18n();
  const all = accounts.accounts;
  const sorted = useMemo(() => filterAndSort(all, '', 'state'), [all]);
  const untested = all.filter((account) => stateRank(account) === 0).length;
  const failing = all.filter((account) => stateRank(account) === 1).length;
  const working = all.length - untested - failing;
  const nextStep =
    all.length === 0
      ? t('overview.next.none')
      : failing > 0
        ? tPlural('overview.next.failing', failing)
        : untested > 0
          ? tPlural('overview.next.untested', untested)
          : t('overview.next.ready');
  return (
    <div className={styles.page}>
      <Text as="h2" size={600} weight="semibold" className={styles.heading}>
        {t('overview.title')}
      </Text>
      {accounts.loading ? (
        <Spinner size="tiny" label={t('list.loading')} />
      ) : (
        <>
          <div className={styles.counts} role="group" aria-label={t('overview.byState')}>
            <Text size={500} weight="semibold">
              {tPlural('overview.mailboxes', all.length)}
            </Text>
            <Badge color="success">{t('overview.ok', { count: working })}</Badge>
            <Badge color="danger">{t('overview.failing', { count: failing })}</Badge>
            <Badge appearance="outline" color="informative">
              {t('overview.untested', { count: untested })}
            </Badge>
          </div>
          <Text>{nextStep}</Text>
        </>
      )}
      <div>
        <Button appearance="primary" onClick={onOpenAccounts}>
          {t('overview.open')}
        </Button>
      </div>
      {sorted.length > 0 ? (
        <Table aria-label={t('overview.table')} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('overview.column.name')}</TableHeaderCell>
              <TableHeaderCell>{t('overview.column.method')}</TableHeaderCell>
              <TableHeaderCell>{t('overview.column.server')}</TableHeaderCell>
              <TableHeaderCell>{t('overview.column.lastTest')}</TableHeaderCell>
              <TableHeaderCell>{t('overview.column.reason')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sorted.slice(0, MAX_ROWS).map((account) => (
              <TableRow key={account.id}>
                <TableCell>{account.connectionName}</TableCell>
                <TableCell>{methodText(account, t)}</TableCell>
                <TableCell>
                  {account.server}:{account.port}
                </TableCell>
                <TableCell>
                  <TestStateBadge account={account} t={t} />{' '}
                  {account.lastTest ? new Date(account.lastTest.at).toLocaleString() : ''}
                </TableCell>
                <TableCell>{account.lastTest ? tMessage(account.lastTest.summary) : ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {sorted.length > MAX_ROWS ? (
        <Text size={200}>{t('overview.more', { max: MAX_ROWS, total: sorted.length })}</Text>
      ) : null}
      <TrustSources />
    </div>
  );
}
