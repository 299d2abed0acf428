import {
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  Tooltip,
  tokens,
  useIsOverflowGroupVisible,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { MoreHorizontal20Regular } from '@fluentui/react-icons';
import { Fragment } from 'react';
import { ariaShortcutOf, shortcutTextOf } from '../../../shared/commands';
import { COMMAND_ICONS } from '../commands/command-icons';
import type { CommandEntry } from '../commands/useCommandTable';
import { useI18n, type I18n } from '../i18n';

const useStyles = makeStyles({
  ribbon: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
  },
  toolbar: { minWidth: 0, overflow: 'hidden', paddingBottom: tokens.spacingVerticalXS },
  // One line per command: on a narrow window commands move into "More commands" instead of wrapping.
  command: { whiteSpace: 'nowrap', flexShrink: 0 },
});

export interface RibbonProps {
  /** The command table's entries (useCommandTable): the ribbon shows those on the ribbon, in table order. */
  commands: readonly CommandEntry[];
}

/** What the tooltip says: what the command does, its shortcut (from the table) and, when it cannot run, why not. */
function descriptionOf(entry: CommandEntry, t: I18n['t']): string {
  const shortcut = shortcutTextOf(entry.definition, t);
  const tooltip = t(entry.definition.tooltip);
  const description = shortcut ? t('commands.withShortcut', { description: tooltip, shortcut }) : tooltip;
  return entry.availability.enabled
    ? description
    : t('commands.unavailable', { description, reason: t(entry.availability.reason) });
}

function CommandIconOf({ entry }: { entry: CommandEntry }) {
  const Icon = COMMAND_ICONS[entry.definition.icon];
  return <Icon />;
}

/** A divider before a group, gone once the whole group has moved into the overflow menu. */
function GroupDivider({ groupId }: { groupId: string }) {
  return useIsOverflowGroupVisible(groupId) === 'hidden' ? null : <ToolbarDivider />;
}

function OverflowMenuItem({ entry }: { entry: CommandEntry }) {
  const { t } = useI18n();
  const visible = useIsOverflowItemVisible(entry.id);
  if (visible) return null;
  return (
    <Tooltip content={descriptionOf(entry, t)} relationship="description">
      <MenuItem
        icon={<CommandIconOf entry={entry} />}
        disabledFocusable={!entry.availability.enabled}
        onClick={entry.run}
      >
        {t(entry.definition.label)}
      </MenuItem>
    </Tooltip>
  );
}

function OverflowMenu({ commands }: { commands: readonly CommandEntry[] }) {
  const { t } = useI18n();
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <ToolbarButton ref={ref} icon={<MoreHorizontal20Regular />} aria-label={t('ribbon.more')} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {commands.map((entry) => (
            <OverflowMenuItem key={entry.id} entry={entry} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/**
 * The console's ribbon: a tab row and the commands in groups; on a narrow window the commands
 * that do not fit move into "More commands", so none is ever out of reach. A command that cannot
 * run stays focusable (Fluent's disabledFocusable) so its tooltip can say why, by mouse or keyboard.
 */
export function Ribbon({ commands: table }: RibbonProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const commands = table.filter((entry) => entry.onRibbon);
  return (
    <div className={styles.ribbon}>
      <TabList size="small" selectedValue="home" aria-label={t('ribbon.tabs')}>
        <Tab value="home">{t('ribbon.home')}</Tab>
      </TabList>
      <Overflow padding={40}>
        <Toolbar aria-label={t('ribbon.commands')} className={styles.toolbar}>
          {commands.map((entry, index) => {
            const { group, priority, shortcuts, label } = entry.definition;
            return (
              <Fragment key={entry.id}>
                {index > 0 && commands[index - 1]?.definition.group !== group ? <GroupDivider groupId={group} /> : null}
                <OverflowItem id={entry.id} groupId={group} priority={priority}>
                  <Tooltip content={descriptionOf(entry, t)} relationship="description">
                    <ToolbarButton
                      className={styles.command}
                      icon={<CommandIconOf entry={entry} />}
                      disabledFocusable={!entry.availability.enabled}
                      aria-keyshortcuts={shortcuts.map(ariaShortcutOf).join(' ') || undefined}
                      data-command={entry.id}
                      onClick={entry.run}
                    >
                      {t(label)}
                    </ToolbarButton>
                  </Tooltip>
                </OverflowItem>
              </Fragment>
            );
          })}
          <OverflowMenu commands={commands} />
        </Toolbar>
      </Overflow>
    </div>
  );
}
