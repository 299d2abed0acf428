import { Menu, MenuItem, MenuList, MenuPopover, type PositioningVirtualElement } from '@fluentui/react-components';
import { ArrowExportUp20Regular, Copy20Regular, Delete20Regular, TaskListLtr20Regular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { ListAction, ListActionAvailability } from '../commands/list-actions';
import { useI18n } from '../i18n';

export interface AccountContextMenuProps {
  /** Where it opens (the pointer, or the active option for the menu key and Shift+F10); closed when absent. */
  target: PositioningVirtualElement | undefined;
  availability: ListActionAvailability;
  onAction: (action: ListAction) => void;
  onClose: () => void;
}

const ITEMS: readonly { action: ListAction; label: `list.menu.${ListAction}`; icon: ReactElement }[] = [
  { action: 'test', label: 'list.menu.test', icon: <TaskListLtr20Regular /> },
  { action: 'duplicate', label: 'list.menu.duplicate', icon: <Copy20Regular /> },
  { action: 'export', label: 'list.menu.export', icon: <ArrowExportUp20Regular /> },
  { action: 'delete', label: 'list.menu.delete', icon: <Delete20Regular /> },
];

/** The account list's context menu: what can be done with the selected accounts. */
export function AccountContextMenu({ target, availability, onAction, onClose }: AccountContextMenuProps) {
  const { t } = useI18n();
  return (
    <Menu
      open={target !== undefined}
      onOpenChange={(_event, data) => {
        if (!data.open) onClose();
      }}
      positioning={{ target, position: 'below', align: 'start' }}
    >
      <MenuPopover>
        <MenuList>
          {ITEMS.map(({ action, label, icon }) => (
            <MenuItem key={action} icon={icon} disabled={!availability[action]} onClick={() => onAction(action)}>
              {t(label)}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
