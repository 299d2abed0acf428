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
  Copy20Regular,
  Delete20Regular,
  Dismiss20Regular,
  DocumentCopy20Regular,
  MoreHorizontal20Regular,
  PlugConnected20Regular,
  Save20Regular,
} from '@fluentui/react-icons';
import { Fragment, type ReactElement } from 'react';

const useStyles = makeStyles({
  ribbon: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
  },
  toolbar: { minWidth: 0, overflow: 'hidden', paddingBottom: tokens.spacingVerticalXS },
});

export interface RibbonProps {
  canSave: boolean;
  /** Duplicate applies to a saved account without unsaved changes. */
  canChangeSaved: boolean;
  canDelete: boolean;
  canTest: boolean;
  testing: boolean;
  canCopyDiagnostics: boolean;
  onNew: () => void;
  onSave: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onTest: () => void;
  onCancelTest: () => void;
  onCopyDiagnostics: () => void;
}

interface Command {
  id: string;
  group: string;
  label: string;
  tooltip: string;
  icon: ReactElement;
  enabled: boolean;
  run: () => void;
}

function commandsOf(props: RibbonProps): Command[] {
  return [
    {
      id: 'new',
      group: 'account',
      label: 'New e-mail account',
      tooltip: 'Start a new IMAP account (Ctrl+N)',
      icon: <Add20Regular />,
      enabled: true,
      run: props.onNew,
    },
    {
      id: 'save',
      group: 'account',
      label: 'Save',
      tooltip: 'Save the account; no connection is needed (Ctrl+S)',
      icon: <Save20Regular />,
      enabled: props.canSave,
      run: props.onSave,
    },
    {
      id: 'duplicate',
      group: 'manage',
      label: 'Duplicate',
      tooltip: 'Copy the saved settings into a new account, without the password',
      icon: <Copy20Regular />,
      enabled: props.canChangeSaved,
      run: props.onDuplicate,
    },
    {
      id: 'delete',
      group: 'manage',
      label: 'Delete',
      tooltip: 'Delete the account and its stored password (asks first)',
      icon: <Delete20Regular />,
      enabled: props.canDelete,
      run: props.onDelete,
    },
    props.testing
      ? {
          id: 'cancel',
          group: 'test',
          label: 'Cancel test',
          tooltip: 'Stop the running test (Esc)',
          icon: <Dismiss20Regular />,
          enabled: true,
          run: props.onCancelTest,
        }
      : {
          id: 'test',
          group: 'test',
          label: 'Test connection',
          tooltip: 'Connect, sign in and read INBOX with these settings (F5)',
          icon: <PlugConnected20Regular />,
          enabled: props.canTest,
          run: props.onTest,
        },
    {
      id: 'diagnostics',
      group: 'test',
      label: 'Copy diagnostics',
      tooltip: 'Copy the last test report and its transcript, without the password',
      icon: <DocumentCopy20Regular />,
      enabled: props.canCopyDiagnostics,
      run: props.onCopyDiagnostics,
    },
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
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <ToolbarButton ref={ref} icon={<MoreHorizontal20Regular />} aria-label="More commands" />
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
  const commands = commandsOf(props);
  return (
    <div className={styles.ribbon}>
      <TabList size="small" selectedValue="home" aria-label="Ribbon tabs">
        <Tab value="home">Home</Tab>
      </TabList>
      <Overflow padding={40}>
        <Toolbar aria-label="Account commands" className={styles.toolbar}>
          {commands.map((command, index) => (
            <Fragment key={command.id}>
              {index > 0 && commands[index - 1]?.group !== command.group ? (
                <GroupDivider groupId={command.group} />
              ) : null}
              <OverflowItem id={command.id} groupId={command.group}>
                <Tooltip content={command.tooltip} relationship="description">
                  <ToolbarButton icon={command.icon} disabled={!command.enabled} onClick={command.run}>
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
