import {
  NavCategory,
  NavCategoryItem,
  NavDrawer,
  NavDrawerBody,
  NavSubItem,
  NavSubItemGroup,
  makeStyles,
  tokens,
  Text,
} from '@fluentui/react-components';
import { MailSettings20Regular } from '@fluentui/react-icons';

export type PageId = 'overview' | 'accounts';

const useStyles = makeStyles({
  drawer: { height: '100vh', borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  title: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`, display: 'block' },
});

export function Sidebar({ page, onNavigate }: { page: PageId; onNavigate: (page: PageId) => void }) {
  const styles = useStyles();
  return (
    <NavDrawer
      open
      type="inline"
      className={styles.drawer}
      selectedValue={page}
      defaultOpenCategories={['email-processing']}
      onNavItemSelect={(_event, data) => onNavigate(data.value as PageId)}
      aria-label="Navigation"
    >
      <Text as="h1" weight="semibold" size={500} className={styles.title}>
        Mailbox Connect
      </Text>
      <NavDrawerBody>
        <NavCategory value="email-processing">
          <NavCategoryItem icon={<MailSettings20Regular />}>E-mail processing</NavCategoryItem>
          <NavSubItemGroup>
            <NavSubItem value="overview">Overview</NavSubItem>
            <NavSubItem value="accounts">Connect accounts</NavSubItem>
          </NavSubItemGroup>
        </NavCategory>
      </NavDrawerBody>
    </NavDrawer>
  );
}
