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
import { Fragment, useId, useState } from 'react';
import { ariaShortcutOf, RIBBON_TABS, shortcutTextOf, type RibbonTab } from '../../../shared/commands';
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
      {/* MenuItem ignores disabledFocusable (deprecated); its disabled item stays focusable. */}
      <MenuItem icon={<CommandIconOf entry={entry} />} disabled={!entry.availability.enabled} onClick={entry.run}>
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

/** The toolbar of one tab's commands, in groups, with "More commands" for what does not fit. */
function CommandBar({ commands, labelledBy }: { commands: readonly CommandEntry[]; labelledBy: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Overflow padding={40}>
      <Toolbar aria-labelledby={labelledBy} className={styles.toolbar}>
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
  );
}

const TAB_LABELS = { home: 'ribbon.home', allAccounts: 'ribbon.allAccounts' } as const satisfies Record<
  RibbonTab,
  string
>;

/**
 * The console's ribbon: two real tabs (RIBBON_TABS), each a row of commands in groups; on a narrow
 * window the commands that do not fit move into "More commands", so none is ever out of reach. A
 * command that cannot run stays focusable (Fluent's disabledFocusable) so its tooltip can say why,
 * by mouse or keyboard. The shortcuts and the application menu reach every command whichever tab
 * is shown.
 */
export function Ribbon({ commands: table }: RibbonProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [tab, setTab] = useState<RibbonTab>('home');
  const ids = useId();
  const tabId = (value: RibbonTab) => `${ids}-tab-${value}`;
  const commands = table.filter((entry) => entry.onRibbon && entry.definition.tab === tab);
  return (
    <div className={styles.ribbon} data-ribbon>
      <TabList
        size="small"
        selectedValue={tab}
        onTabSelect={(_event, data) => setTab(data.value as RibbonTab)}
        aria-label={t('ribbon.tabs')}
      >
        {RIBBON_TABS.map((value) => (
          <Tab key={value} value={value} id={tabId(value)} aria-controls={`${ids}-panel`}>
            {t(TAB_LABELS[value])}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`${ids}-panel`} aria-labelledby={tabId(tab)}>
        {/* A new bar per tab: Fluent's overflow measures its items once, when they mount. */}
        <CommandBar key={tab} commands={commands} labelledBy={tabId(tab)} />
      </div>
    </div>
  );
}
