import { FluentProvider, makeStaticStyles, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import { isHelpCommandId } from '../../shared/help-commands';
import { getApi } from './api';
import { Sidebar, type PageId } from './components/Sidebar';
import { StorageNotices } from './components/StorageNotices';
import { useAccounts } from './hooks/useAccounts';
import { useHelp } from './hooks/useHelp';
import { useSystemTheme } from './hooks/useSystemTheme';
import { ConnectAccountsPage } from './pages/ConnectAccountsPage';

// Loaded when first opened: start-up only pays for the page that shows.
const OverviewPage = lazy(async () => ({ default: (await import('./pages/OverviewPage')).OverviewPage }));
const HelpDialog = lazy(async () => ({ default: (await import('./components/HelpDialog')).HelpDialog }));
const KeyboardShortcutsDialog = lazy(async () => ({
  default: (await import('./components/KeyboardShortcutsDialog')).KeyboardShortcutsDialog,
}));

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

// No size on FluentProvider itself: its class is copied onto portal nodes and would cover the page.
const useStyles = makeStyles({
  shell: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  main: { display: 'flex', flexDirection: 'column', minWidth: 0, overflow: 'hidden' },
  page: { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', '&[hidden]': { display: 'none' } },
});

export function App() {
  useGlobalStyles();
  const styles = useStyles();
  const [page, setPage] = useState<PageId>('accounts');
  // A page is mounted when first shown and then kept, so an unsaved edit survives a look at the
  // overview, and start-up does not pay for a page nobody looked at.
  const [visited, setVisited] = useState<ReadonlySet<PageId>>(() => new Set(['accounts']));
  if (!visited.has(page)) setVisited(new Set([...visited, page]));
  const accounts = useAccounts();
  const theme = useSystemTheme();
  const help = useHelp();
  // An account command from the menu brings the Connect accounts page forward; Help stays on the page shown.
  useEffect(
    () => getApi().onMenuCommand((command) => (isHelpCommandId(command) ? undefined : setPage('accounts'))),
    [],
  );
  return (
    <FluentProvider theme={theme.theme} data-theme={theme.name}>
      <div className={styles.shell}>
        <Sidebar page={page} onNavigate={setPage} onHelp={() => help.show('help')} />
        <main className={styles.main}>
          <StorageNotices />
          {visited.has('overview') ? (
            <div className={styles.page} hidden={page !== 'overview'}>
              <Suspense fallback={<Spinner size="small" />}>
                <OverviewPage accounts={accounts} onOpenAccounts={() => setPage('accounts')} />
              </Suspense>
            </div>
          ) : null}
          <div className={styles.page} hidden={page !== 'accounts'}>
            <ConnectAccountsPage accounts={accounts} active={page === 'accounts'} />
          </div>
        </main>
      </div>
      <Suspense fallback={null}>
        {help.open === 'help' ? (
          <HelpDialog page={page} onShortcuts={() => help.show('keyboardShortcuts')} onClose={help.close} />
        ) : null}
        {help.open === 'keyboardShortcuts' ? <KeyboardShortcutsDialog onClose={help.close} /> : null}
      </Suspense>
    </FluentProvider>
  );
}
