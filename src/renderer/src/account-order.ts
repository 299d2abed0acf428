import type { AccountView } from '../../shared/account';
import type { MessageKey } from '../../shared/i18n/en';
import { failureBadgeKey } from '../../shared/report-titles';

export type AccountSort = 'name' | 'server' | 'state';

export type TestState = 'untested' | 'failed' | 'ok';

export function testStateOf(account: AccountView): TestState {
  return !account.lastTest ? 'untested' : account.lastTest.ok ? 'ok' : 'failed';
}

const RANK: Record<TestState, number> = { untested: 0, failed: 1, ok: 2 };

/** Needs attention first: never tested, then failing, then working. */
export function stateRank(account: AccountView): number {
  return RANK[testStateOf(account)];
}

/** The badge text of an account's last test: words for the failure, never its code. */
export function testStateLabel(account: AccountView, t: (key: MessageKey) => string): string {
  const state = testStateOf(account);
  if (state === 'untested') return t('badge.notTested');
  return state === 'ok' ? t('badge.ok') : t(failureBadgeKey(account.lastTest?.code));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The accounts matching `query` (name, server, e-mail address or user name), in the chosen order. */
export function filterAndSort(accounts: AccountView[], query: string, sort: AccountSort): AccountView[] {
  const needle = query.trim().toLowerCase();
  const matching = needle
    ? accounts.filter((account) =>
        [account.connectionName, account.server, account.emailAddress, account.userName].some((text) =>
          text.toLowerCase().includes(needle),
        ),
      )
    : [...accounts];
  const byName = (a: AccountView, b: AccountView) => collator.compare(a.connectionName, b.connectionName);
  const compare =
    sort === 'server'
      ? (a: AccountView, b: AccountView) => collator.compare(a.server, b.server) || byName(a, b)
      : sort === 'state'
        ? (a: AccountView, b: AccountView) => stateRank(a) - stateRank(b) || byName(a, b)
        : byName;
  return matching.sort(compare);
}
