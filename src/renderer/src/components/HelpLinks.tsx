import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Open16Regular } from '@fluentui/react-icons';
import { HELP_TOPICS, type HelpTopic } from '../../../shared/help-links';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  link: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
});

/**
 * Links to the Microsoft documentation behind a piece of advice. They open in the system browser:
 * the window's open handler passes https links of the allow-list on to it and opens nothing itself.
 */
export function HelpLinks({ topics }: { topics: readonly HelpTopic[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  if (topics.length === 0) return null;
  return (
    <div className={styles.links}>
      <Text size={200}>{t('help.documentation')}</Text>
      <ul className={styles.links} aria-label={t('help.documentation')}>
        {topics.map((topic) => {
          const link = HELP_TOPICS[topic];
          const name = 'cmdlet' in link ? link.cmdlet : t(link.title);
          return (
            <li key={topic}>
              <Link
                href={link.url}
                target="_blank"
                rel="noreferrer"
                className={styles.link}
                aria-label={t('help.opensInBrowser', { name })}
              >
                {name}
                <Open16Regular aria-hidden />
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
