import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useModalDialog } from '../commands/modal-dialogs';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Cancel has the focus as the dialog opens (a delete: Enter must not be the one key away from losing accounts). */
  focusCancel?: boolean;
}

/** A question before something that cannot be undone; Esc and the close both mean "no". */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  focusCancel = false,
}: ConfirmDialogProps) {
  useModalDialog(open);
  const cancel = useRef<HTMLButtonElement>(null);
  // Fluent's Dialog focuses its first button in its own effect, which runs before this one (a child's first).
  useEffect(() => {
    if (open && focusCancel) cancel.current?.focus();
  }, [open, focusCancel]);
  return (
    <Dialog open={open} onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {confirmLabel}
            </Button>
            <Button appearance="secondary" onClick={onCancel} ref={cancel}>
              {cancelLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
