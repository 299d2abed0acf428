import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { getApi } from '../api';
import { useLocalizedValue } from '../hooks/useLocalizedValue';
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
  const { t } = useI18n();
  const status = useLocalizedValue(getApi().getStorageStatus);
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
