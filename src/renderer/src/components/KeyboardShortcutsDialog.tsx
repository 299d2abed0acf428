import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { COMMAND_IDS, COMMANDS, spellShortcut, type Shortcut } from '../../../shared/commands';
import { HELP_COMMANDS } from '../../../shared/help-commands';
import type { MessageKey } from '../../../shared/i18n';
import { useI18n } from '../i18n';

/** Every shortcut of the window, read from the command tables: a shortcut changed there changes here. */
function shortcutRows(): { label: MessageKey; shortcuts: readonly Shortcut[] }[] {
  const commands = COMMAND_IDS.map((id) => COMMANDS[id]).filter((command) => command.shortcuts.length > 0);
  return [
    ...commands.map((command) => ({ label: command.label, shortcuts: command.shortcuts })),
    { label: 'help.shortcuts.openHelp', shortcuts: HELP_COMMANDS.help.shortcuts },
  ];
}

/** Help → Keyboard shortcuts. */
export function KeyboardShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog open onOpenChange={(_event, data) => (data.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('help.shortcuts.title')}</DialogTitle>
          <DialogContent>
            <Table size="small" aria-label={t('help.shortcuts.title')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('help.shortcuts.command')}</TableHeaderCell>
                  <TableHeaderCell>{t('help.shortcuts.keys')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shortcutRows().map((row) => (
                  <TableRow key={row.label}>
                    <TableCell>{t(row.label)}</TableCell>
                    <TableCell>
                      {row.shortcuts.map((shortcut, index) => (
                        <span key={spellShortcut(shortcut, t)}>
                          {index > 0 ? ', ' : null}
                          <kbd>{spellShortcut(shortcut, t)}</kbd>
                        </span>
                      ))}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t('help.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
