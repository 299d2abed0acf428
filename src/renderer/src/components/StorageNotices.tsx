import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { StorageStatus } from '../../../shared/storage-status';
import { getApi } from '../api';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  notices: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
});

/** What happened to the settings file at start (recovered, migrated, read-only), shown until the app restarts. */
export function StorageNotices() {
  const styles = useStyles();
  const { t, locale } = useI18n();
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
    // Fetched again in a newly chosen language: main renders the notices when asked.
  }, [locale]);
  if (!status || status.notices.length === 0) return null;
  return (
    <div className={styles.notices} role="region" aria-label={t('notices.label')}>
      {status.notices.map((notice) => (
        <MessageBar key={notice.message} intent={notice.severity} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(`notices.${notice.severity}`)}</MessageBarTitle>
            {notice.message}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
