import {
  Button,
  Hamburger,
  makeStyles,
  NavCategory,
  NavCategoryItem,
  NavDrawer,
  NavDrawerBody,
  NavDrawerFooter,
  NavDrawerHeader,
  NavSubItem,
  NavSubItemGroup,
  Select,
  Text,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { Globe20Regular, MailSettings20Regular, QuestionCircle20Regular } from '@fluentui/react-icons';
import { ariaShortcutOf, shortcutTextOf } from '../../../shared/commands';
import { HELP_COMMANDS } from '../../../shared/help-commands';
import { useState } from 'react';
import { LOCALES, type Locale } from '../../../shared/i18n/locales';
import { useI18n } from '../i18n';

export type PageId = 'overview' | 'accounts';

const useStyles = makeStyles({
  drawer: { height: '100vh', borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  collapsed: {
    height: '100vh',
    padding: tokens.spacingVerticalS,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground4,
  },
  language: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalM,
  },
});

/** The console's navigation: E-mail processing → Overview, Connect accounts; collapsible, with the language choice. */
export interface SidebarProps {
  page: PageId;
  onNavigate: (page: PageId) => void;
  /** Opens the help of the page shown, as F1 does. */
  onHelp: () => void;
}

export function Sidebar({ page, onNavigate, onHelp }: SidebarProps) {
  const styles = useStyles();
  const { t, locale, setLocale } = useI18n();
  const [open, setOpen] = useState(true);
  const toggle = (
    <Tooltip content={open ? t('nav.collapse') : t('nav.expand')} relationship="label">
      <Hamburger onClick={() => setOpen(!open)} aria-expanded={open} />
    </Tooltip>
  );
  if (!open) return <div className={styles.collapsed}>{toggle}</div>;
  return (
    <NavDrawer
      open
      type="inline"
      className={styles.drawer}
      selectedValue={page}
      defaultOpenCategories={['email-processing']}
      onNavItemSelect={(_event, data) => onNavigate(data.value as PageId)}
      aria-label={t('nav.label')}
    >
      <NavDrawerHeader>
        <div className={styles.header}>
          {toggle}
          <Text as="h1" weight="semibold" size={500}>
            {t('app.title')}
          </Text>
        </div>
      </NavDrawerHeader>
      <NavDrawerBody>
        <NavCategory value="email-processing">
          <NavCategoryItem icon={<MailSettings20Regular />}>{t('nav.emailProcessing')}</NavCategoryItem>
          <NavSubItemGroup>
            <NavSubItem value="overview">{t('nav.overview')}</NavSubItem>
            <NavSubItem value="accounts">{t('nav.connectAccounts')}</NavSubItem>
          </NavSubItemGroup>
        </NavCategory>
      </NavDrawerBody>
      <NavDrawerFooter>
        <Tooltip
          content={t('commands.withShortcut', {
            description: t('help.button'),
            shortcut: shortcutTextOf(HELP_COMMANDS.help, t) ?? '',
          })}
          relationship="description"
        >
          <Button
            appearance="subtle"
            icon={<QuestionCircle20Regular />}
            onClick={onHelp}
            aria-keyshortcuts={HELP_COMMANDS.help.shortcuts.map(ariaShortcutOf).join(' ')}
          >
            {t('help.button')}
          </Button>
        </Tooltip>
        <div className={styles.language}>
          <Globe20Regular aria-hidden />
          <Select
            size="small"
            aria-label={t('language.label')}
            value={locale}
            onChange={(_event, data) => setLocale(data.value as Locale)}
          >
            {LOCALES.map((option) => (
              <option key={option} value={option} lang={option}>
                {t(`language.${option}`)}
              </option>
            ))}
          </Select>
        </div>
      </NavDrawerFooter>
    </NavDrawer>
  );
}
