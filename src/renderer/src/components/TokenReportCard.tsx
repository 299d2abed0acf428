import {
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { TokenReport } from '../../../shared/connection-test';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  row: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** What the admin must still grant: shown first and as warnings, since the next stage will fail without it. */
export function TokenWarnings({ token }: { token: TokenReport }) {
  const { t, tMessage } = useI18n();
  if (token.warnings.length === 0) return null;
  return (
    <>
      {token.warnings.map((warning, index) => (
        <MessageBar key={index} intent="warning" data-token-warning>
          <MessageBarBody>
            <MessageBarTitle>{t('report.token.warningTitle')}</MessageBarTitle>
            {tMessage(warning)}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

/**
 * The token stage's findings (issue 16): which authority issued a token to which app for which
 * resource, and what the token's claims allow. Never the token itself (the report does not hold it).
 */
export function TokenReportCard({ token }: { token: TokenReport }) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const { claims } = token;
  const rows: [string, string, boolean?][] = [
    [t('report.token.authority'), token.authority],
    [
      t('report.token.tenant'),
      claims?.tenantId && claims.tenantId !== token.tenant ? `${token.tenant} (${claims.tenantId})` : token.tenant,
    ],
    [t('report.token.clientId'), token.clientId, true],
    [
      t('report.token.credential'),
      token.credential === 'certificate'
        ? t('report.token.credential.certificate', { thumbprint: token.thumbprintSha1 ?? '' })
        : t('report.token.credential.secret'),
    ],
    [t('report.token.resource'), token.resource],
    ...(claims
      ? ([
          [t('report.token.audience'), claims.audience],
          [t('report.token.roles'), claims.roles.length > 0 ? claims.roles.join(', ') : t('report.token.roles.none')],
          [t('report.token.expiresAt'), new Date(claims.expiresAt).toLocaleString(locale)],
        ] satisfies [string, string][])
      : []),
  ];
  return (
    <section className={styles.card} aria-label={t('report.token.title')} data-token-report>
      <Text weight="semibold">{t('report.token.title')}</Text>
      <dl className={styles.facts}>
        {rows.map(([term, value, mono]) => (
          <div key={term} className={styles.row}>
            <dt className={styles.term}>{term}</dt>
            <dd className={mergeClasses(styles.value, mono && styles.mono)}>{value}</dd>
          </div>
        ))}
      </dl>
      {claims ? null : <Text size={200}>{t('report.token.none')}</Text>}
    </section>
  );
}
