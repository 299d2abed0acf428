import { Caption1, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ShieldKeyhole20Regular } from '@fluentui/react-icons';
import { getApi } from '../api';
import { useLocalizedValue } from '../hooks/useLocalizedValue';
import { useI18n } from '../i18n';

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
  const { t, tPlural } = useI18n();
  const info = useLocalizedValue(getApi().getAppInfo);
  if (!info) return null;
  return (
    <Card className={styles.card}>
      <CardHeader
        image={<ShieldKeyhole20Regular />}
        header={<Text weight="semibold">{t('overview.trust')}</Text>}
        description={<Caption1>{t('app.version', { version: info.version })}</Caption1>}
      />
      <ul className={styles.list}>
        {info.trustSources.map((source) => (
          <li key={source.name}>
            <Text weight="semibold">{source.name}</Text>
            {source.certificates === undefined ? '' : ` (${tPlural('trust.certificates', source.certificates)})`}:{' '}
            {source.note}
          </li>
        ))}
      </ul>
    </Card>
  );
}
