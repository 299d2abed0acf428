import { Toolbar, ToolbarButton, ToolbarDivider, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Dismiss20Regular, PlugConnected20Regular, Save20Regular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  ribbon: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
});

export interface RibbonProps {
  canSave: boolean;
  canTest: boolean;
  testing: boolean;
  onNew: () => void;
  onSave: () => void;
  onTest: () => void;
  onCancelTest: () => void;
}

export function Ribbon({ canSave, canTest, testing, onNew, onSave, onTest, onCancelTest }: RibbonProps) {
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
