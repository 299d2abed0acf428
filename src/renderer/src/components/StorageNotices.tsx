import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { StorageStatus } from '../../../shared/storage-status';
import { getApi } from '../api';

const useStyles = makeStyles({
  notices: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
});

const TITLES = { info: 'Settings updated', warning: 'Settings recovered', error: 'Settings not saved' } as const;

/** What happened to the settings file at start (recovered, migrated, read-only), shown until the app restarts. */
export function StorageNotices() {
  const styles = useStyles();
  const [status, setStatus] = useState<StorageStatus>();
  useEffect(() => {
    let current = true;
    void getApi()
      .getStorageStatus()
      .then((reply) => {
        if (current && reply.ok) setStatus(reply.value);
      });
    return () => {
      current = false;
    };
  }, []);
  if (!status || status.notices.length === 0) return null;
  return (
    <div className={styles.notices} role="region" aria-label="Settings file">
      {status.notices.map((notice) => (
        <MessageBar key={notice.message} intent={notice.severity} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{TITLES[notice.severity]}</MessageBarTitle>
            {notice.message}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
