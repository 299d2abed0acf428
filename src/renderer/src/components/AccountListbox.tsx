import { makeStyles, tokens, useRestoreFocusTarget, type PositioningVirtualElement } from '@fluentui/react-components';
import { useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { AccountView } from '../../../shared/account';
import type { ListAction, ListActionAvailability } from '../commands/list-actions';
import { useListSelection } from '../hooks/useListSelection';
import { useVirtualRows } from '../hooks/useVirtualRows';
import { useI18n } from '../i18n';
import { AccountContextMenu } from './AccountContextMenu';
import { AccountRow, ROW_HEIGHT } from './AccountRow';

const useStyles = makeStyles({
  listbox: {
    flex: 1,
    minHeight: '120px',
    overflowY: 'auto',
    position: 'relative',
    borderRadius: tokens.borderRadiusMedium,
    outlineStyle: 'none',
  },
  rows: { position: 'relative' },
});

export interface AccountListboxProps {
  shown: readonly AccountView[];
  openId: string | undefined;
  onOpen: (account: AccountView) => void;
  /** Which of the selection's actions can run now, by the selected count. */
  availabilityFor: (selectedCount: number) => ListActionAvailability;
  onAction: (action: ListAction, accounts: AccountView[]) => void;
}

/** From the keyboard the menu opens a little in from the option's start, below it, as in Windows lists. */
const KEYBOARD_MENU_INSET = 16;

/** A point on the screen as Fluent's positioning takes it: the context menu opens there. */
function pointAt(x: number, y: number): PositioningVirtualElement {
  return { getBoundingClientRect: () => new DOMRect(x, y, 0, 0) };
}

/**
 * The accounts as a WAI-ARIA listbox: one tab stop, the keyboard on an option by
 * aria-activedescendant, several selected with Shift and Ctrl, and only the rows in view drawn.
 * Built here rather than with Fluent's List: that one draws every row (a thousand accounts took over
 * a second to mount) and its arrow keys move the DOM focus between drawn rows only, so End could not
 * reach the last of a virtualised thousand. The look is Fluent's, from its tokens (AccountRow).
 */
export function AccountListbox({ shown, openId, onOpen, availabilityFor, onAction }: AccountListboxProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const listbox = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const optionId = (account: AccountView) => `${idPrefix}-option-${account.id}`;
  const rows = useVirtualRows(listbox, shown.length, ROW_HEIGHT);
  const list = useListSelection(shown, openId, { pageSize: rows.pageSize, reveal: rows.reveal, onOpen });
  const [focused, setFocused] = useState(false);
  const [menuAt, setMenuAt] = useState<PositioningVirtualElement>();
  // A dialog opened from the context menu gives the focus back to the list as it closes.
  const restoreFocusTarget = useRestoreFocusTarget();
  const availability = availabilityFor(list.selectedAccounts.length);
  const active = shown[list.activeIndex];

  const run = (action: ListAction) => {
    if (availability[action]) onAction(action, list.selectedAccounts);
  };

  const openMenuAtActive = () => {
    const element = active ? document.getElementById(optionId(active)) : null;
    const box = (element ?? listbox.current)?.getBoundingClientRect();
    if (box) setMenuAt(pointAt(box.left + KEYBOARD_MENU_INSET, box.bottom));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      openMenuAtActive();
    } else if (event.key === 'Delete' && !event.ctrlKey && !event.altKey) {
      run('delete');
    } else if (!list.onKey(event)) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const onContextMenu = (event: MouseEvent<HTMLDivElement>) => {
    event.preventDefault();
    // Not the right button: the menu key or Shift+F10, as the system reports them (also handled as keys).
    if (event.button !== 2) {
      openMenuAtActive();
      return;
    }
    const option = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
    const account = shown.find((candidate) => candidate.id === option?.dataset.accountId);
    if (account) list.selectForMenu(account);
    setMenuAt(pointAt(event.clientX, event.clientY));
  };

  // The drawn rows: those in view, and the active one wherever it is (aria-activedescendant must exist).
  const drawn = shown.slice(rows.start, rows.end).map((account, offset) => ({ account, index: rows.start + offset }));
  if (active && (list.activeIndex < rows.start || list.activeIndex >= rows.end))
    drawn.push({ account: active, index: list.activeIndex });

  return (
    <>
      <div
        ref={listbox}
        {...restoreFocusTarget}
        role="listbox"
        aria-label={t('list.accounts')}
        aria-multiselectable
        aria-activedescendant={active ? optionId(active) : undefined}
        tabIndex={0}
        data-account-count={shown.length}
        className={styles.listbox}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setFocused(true);
          list.onFocus();
        }}
        onBlur={() => setFocused(false)}
        onContextMenu={onContextMenu}
      >
        <div role="presentation" className={styles.rows} style={{ height: shown.length * ROW_HEIGHT }}>
          {drawn.map(({ account, index }) => (
            <AccountRow
              key={account.id}
              account={account}
              id={optionId(account)}
              index={index}
              count={shown.length}
              selected={list.selection.selected.has(account.id)}
              open={account.id === openId}
              active={focused && index === list.activeIndex}
              t={t}
              onClick={list.onClick}
            />
          ))}
        </div>
      </div>
      <AccountContextMenu
        target={menuAt}
        availability={availability}
        onAction={run}
        onClose={() => {
          setMenuAt(undefined);
          // Back to the list, before a dialog the action opens takes the focus (and returns it here).
          listbox.current?.focus();
        }}
      />
    </>
  );
}
