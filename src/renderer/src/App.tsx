import { FluentProvider, makeStaticStyles, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { Sidebar, type PageId } from './components/Sidebar';
import { StorageNotices } from './components/StorageNotices';
import { useAccounts } from './hooks/useAccounts';
import { ConnectAccountsPage } from './pages/ConnectAccountsPage';
import { OverviewPage } from './pages/OverviewPage';

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
});

export function App() {
  useGlobalStyles();
  const styles = useStyles();
  const [page, setPage] = useState<PageId>('accounts');
  const accounts = useAccounts();
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.shell}>
        <Sidebar page={page} onNavigate={setPage} />
        <main className={styles.main}>
          <StorageNotices />
          {page === 'overview' ? (
            <OverviewPage accounts={accounts} onOpenAccounts={() => setPage('accounts')} />
          ) : (
            <ConnectAccountsPage accounts={accounts} />
          )}
        </main>
      </div>
    </FluentProvider>
  );
}
