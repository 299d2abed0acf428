import { Button, MessageBarActions } from '@fluentui/react-components';
import { ArrowUndo20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useI18n } from '../i18n';

export interface UndoDeleteActionProps {
  /** The accounts the delete removed. */
  ids: readonly string[];
  onUndo: (ids: readonly string[]) => Promise<void>;
}

/**
 * "Undo" in the message that says an account was deleted: main keeps what a delete removed until
 * the app closes, so a slip of the Delete key costs nothing (issue 15, item 6).
 */
export function UndoDeleteAction({ ids, onUndo }: UndoDeleteActionProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <MessageBarActions>
      <Button
        icon={<ArrowUndo20Regular />}
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void onUndo(ids).finally(() => setBusy(false));
        }}
      >
        {t('editor.undoDelete')}
      </Button>
    </MessageBarActions>
  );
}
