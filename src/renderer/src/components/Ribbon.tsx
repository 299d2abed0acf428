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
import {
  Add20Regular,
  ArrowExportUp20Regular,
  ArrowImport20Regular,
  Copy20Regular,
  Delete20Regular,
  Dismiss20Regular,
  DocumentCopy20Regular,
  MoreHorizontal20Regular,
  PlugConnected20Regular,
  Save20Regular,
  Search20Regular,
  TaskListLtr20Regular,
} from '@fluentui/react-icons';
import { Fragment, type ReactElement } from 'react';
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
  canSave: boolean;
  /** Duplicate applies to a saved account without unsaved changes. */
  canChangeSaved: boolean;
  canDelete: boolean;
  canTest: boolean;
  testing: boolean;
  canDetect: boolean;
  canCopyDiagnostics: boolean;
  onNew: () => void;
  onSave: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onTest: () => void;
  onCancelTest: () => void;
  onDetect: () => void;
  onCopyDiagnostics: () => void;
  /** Export needs at least one account. */
  canExport: boolean;
  onExport: () => void;
  onImport: () => void;
  canTestAll: boolean;
  onTestAll: () => void;
}

interface Command {
  id: string;
  group: string;
  label: string;
  tooltip: string;
  icon: ReactElement;
  enabled: boolean;
  run: () => void;
  /** Higher stays on the ribbon longer when the window narrows (Fluent's overflow priority). */
  priority: number;
}

/** The seed's commands and Detect settings stay on the ribbon; the rest move to "More commands" first. */
const PRIMARY_COMMANDS: Record<string, number> = { new: 3, save: 3, test: 3, cancel: 3, detect: 2 };

function commandsOf(props: RibbonProps, t: I18n['t']): Command[] {
  const command = (
    id: string,
    group: string,
    key:
      | 'new'
      | 'save'
      | 'duplicate'
      | 'delete'
      | 'test'
      | 'cancelTest'
      | 'detect'
      | 'copyDiagnostics'
      | 'export'
      | 'import'
      | 'testAll',
    icon: ReactElement,
    enabled: boolean,
    run: () => void,
  ): Command => ({
    id,
    group,
    label: t(`ribbon.${key}`),
    tooltip: t(`ribbon.${key}.tooltip`),
    icon,
    enabled,
    run,
    priority: PRIMARY_COMMANDS[id] ?? 0,
  });
  return [
    command('new', 'account', 'new', <Add20Regular />, true, props.onNew),
    command('save', 'account', 'save', <Save20Regular />, props.canSave, props.onSave),
    command('duplicate', 'manage', 'duplicate', <Copy20Regular />, props.canChangeSaved, props.onDuplicate),
    command('delete', 'manage', 'delete', <Delete20Regular />, props.canDelete, props.onDelete),
    props.testing
      ? command('cancel', 'test', 'cancelTest', <Dismiss20Regular />, true, props.onCancelTest)
      : command('test', 'test', 'test', <PlugConnected20Regular />, props.canTest, props.onTest),
    command('testAll', 'test', 'testAll', <TaskListLtr20Regular />, props.canTestAll, props.onTestAll),
    command('detect', 'test', 'detect', <Search20Regular />, props.canDetect, props.onDetect),
    command(
      'diagnostics',
      'test',
      'copyDiagnostics',
      <DocumentCopy20Regular />,
      props.canCopyDiagnostics,
      props.onCopyDiagnostics,
    ),
    command('export', 'transfer', 'export', <ArrowExportUp20Regular />, props.canExport, props.onExport),
    command('import', 'transfer', 'import', <ArrowImport20Regular />, true, props.onImport),
  ];
}

/** A divider before a group, gone once the whole group has moved into the overflow menu. */
function GroupDivider({ groupId }: { groupId: string }) {
  return useIsOverflowGroupVisible(groupId) === 'hidden' ? null : <ToolbarDivider />;
}

function OverflowMenuItem({ command }: { command: Command }) {
  const visible = useIsOverflowItemVisible(command.id);
  if (visible) return null;
  return (
    <MenuItem icon={command.icon} disabled={!command.enabled} onClick={command.run}>
      {command.label}
    </MenuItem>
  );
}

function OverflowMenu({ commands }: { commands: Command[] }) {
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
          {commands.map((command) => (
            <OverflowMenuItem key={command.id} command={command} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/**
 * The console's ribbon: a tab row and the commands in groups; on a narrow window the commands
 * that do not fit move into "More commands", so none is ever out of reach.
 */
export function Ribbon(props: RibbonProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const commands = commandsOf(props, t);
  return (
    <div className={styles.ribbon}>
      <TabList size="small" selectedValue="home" aria-label={t('ribbon.tabs')}>
        <Tab value="home">{t('ribbon.home')}</Tab>
      </TabList>
      <Overflow padding={40}>
        <Toolbar aria-label={t('ribbon.commands')} className={styles.toolbar}>
          {commands.map((command, index) => (
            <Fragment key={command.id}>
              {index > 0 && commands[index - 1]?.group !== command.group ? (
                <GroupDivider groupId={command.group} />
              ) : null}
              <OverflowItem id={command.id} groupId={command.group} priority={command.priority}>
                <Tooltip content={command.tooltip} relationship="description">
                  <ToolbarButton
                    className={styles.command}
                    icon={command.icon}
                    disabled={!command.enabled}
                    onClick={command.run}
                  >
                    {command.label}
                  </ToolbarButton>
                </Tooltip>
              </OverflowItem>
            </Fragment>
          ))}
          <OverflowMenu commands={commands} />
        </Toolbar>
      </Overflow>
    </div>
  );
}
