import { Toolbar, ToolbarButton, ToolbarDivider, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import {
  Add20Regular,
  Copy20Regular,
  Delete20Regular,
  Dismiss20Regular,
  PlugConnected20Regular,
  Save20Regular,
} from '@fluentui/react-icons';

const useStyles = makeStyles({
  ribbon: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
});

export interface RibbonProps {
  canSave: boolean;
  /** Duplicate and Delete apply to a saved account. */
  canChangeSaved: boolean;
  canTest: boolean;
  testing: boolean;
  onNew: () => void;
  onSave: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onTest: () => void;
  onCancelTest: () => void;
}

export function Ribbon(props: RibbonProps) {
  const { canSave, canChangeSaved, canTest, testing, onNew, onSave, onDuplicate, onDelete, onTest, onCancelTest } =
    props;
  const styles = useStyles();
  return (
    <Toolbar aria-label="Account commands" className={styles.ribbon}>
      <Tooltip content="Start a new IMAP account" relationship="description">
        <ToolbarButton icon={<Add20Regular />} onClick={onNew}>
          New e-mail account
        </ToolbarButton>
      </Tooltip>
      <Tooltip content="Save the account; no connection is needed" relationship="description">
        <ToolbarButton icon={<Save20Regular />} onClick={onSave} disabled={!canSave}>
          Save
        </ToolbarButton>
      </Tooltip>
      <Tooltip content="Copy the settings into a new account, without the password" relationship="description">
        <ToolbarButton icon={<Copy20Regular />} onClick={onDuplicate} disabled={!canChangeSaved}>
          Duplicate
        </ToolbarButton>
      </Tooltip>
      <Tooltip content="Delete the account and its stored password (asks first)" relationship="description">
        <ToolbarButton icon={<Delete20Regular />} onClick={onDelete} disabled={!canChangeSaved}>
          Delete
        </ToolbarButton>
      </Tooltip>
      <ToolbarDivider />
      <Tooltip content="Connect, sign in and read INBOX with these settings" relationship="description">
        <ToolbarButton icon={<PlugConnected20Regular />} onClick={onTest} disabled={!canTest || testing}>
          Test connection
        </ToolbarButton>
      </Tooltip>
      {testing ? (
        <ToolbarButton icon={<Dismiss20Regular />} onClick={onCancelTest}>
          Cancel test
        </ToolbarButton>
      ) : null}
    </Toolbar>
  );
}
