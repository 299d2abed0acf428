import { Caption1, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ShieldKeyhole20Regular } from '@fluentui/react-icons';
import { getApi } from '../api';
import { useI18n } from '../i18n';
import { useMainValue } from '../hooks/useMainValue';

const useStyles = makeStyles({
  card: { maxWidth: '720px' },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

/** Where the connection test trusts certificates from on this computer: is the internal CA in use? */
export function TrustSources() {
  const styles = useStyles();
  const { t, tPlural, tMessage } = useI18n();
  // The sources are keys and parameters, translated below in whatever language is chosen.
  const [info] = useMainValue(() => getApi().getAppInfo());
  if (!info) return null;
  return (
    <Card className={styles.card}>
      <CardHeader
        image={<ShieldKeyhole20Regular />}
        header={<Text weight="semibold">{t('overview.trust')}</Text>}
        description={<Caption1>{t('app.version', { version: info.version })}</Caption1>}
      />
      <ul className={styles.list}>
        {info.trustSources.map((source, index) => (
          // The list never changes while the window is open: its order is its identity.
          <li key={index}>
            <Text weight="semibold">{tMessage(source.name)}</Text>
            {source.certificates === undefined ? '' : ` (${tPlural('trust.certificates', source.certificates)})`}:{' '}
            {tMessage(source.note)}
          </li>
        ))}
      </ul>
    </Card>
  );
}
