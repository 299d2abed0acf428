import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';

export interface ConfirmDeleteDialogProps {
  /** The connection name of the account to delete; the dialog is open while it is set. */
  accountName: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Deleting removes the stored password too and cannot be undone, so it is confirmed by name. */
export function ConfirmDeleteDialog({ accountName, onConfirm, onCancel }: ConfirmDeleteDialogProps) {
  return (
    <Dialog open={accountName !== undefined} onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Delete “{accountName}”?</DialogTitle>
          <DialogContent>
            The account and its stored password are removed from this computer. Document processing stops reading this
            mailbox through Mailbox Connect. This cannot be undone.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              Delete
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
