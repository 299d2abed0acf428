import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { getApi } from '../api';
import { useI18n } from '../i18n';
import { useMainValue } from '../hooks/useMainValue';

const useStyles = makeStyles({
  notices: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
});

/** What happened to the accounts file at start (recovered, migrated, read-only), shown until the app restarts. */
export function StorageNotices() {
  const styles = useStyles();
  const { t, tMessage } = useI18n();
  // The notices are keys and parameters, translated below in whatever language is chosen.
  const [status] = useMainValue(() => getApi().getStorageStatus());
  if (!status || status.notices.length === 0) return null;
  return (
    <div className={styles.notices} role="region" aria-label={t('notices.label')}>
      {status.notices.map((notice, index) => (
        // The notices never change while the window is open: their order is their identity.
        <MessageBar key={index} intent={notice.severity} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(`notices.${notice.severity}`)}</MessageBarTitle>
            {tMessage(notice.message)}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
