import type { AccountView } from '../../shared/account';

export type AccountSort = 'name' | 'server' | 'state';

/** Needs attention first: never tested, then failing, then working. */
export function stateRank(account: AccountView): number {
  if (!account.lastTest) return 0;
  return account.lastTest.ok ? 2 : 1;
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
