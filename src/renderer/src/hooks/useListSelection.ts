import { useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { AccountView } from '../../../shared/account';
import {
  EMPTY_SELECTION,
  modeOf,
  moveTo,
  prune,
  selectAll,
  targetIndex,
  toggle,
  typeAheadIndex,
  type ListSelection,
} from '../list-selection';

/** Typed letters belong to one type-ahead search until the user pauses this long (as in Windows lists). */
const TYPE_AHEAD_PAUSE_MS = 700;

export interface ListSelectionHandlers {
  selection: ListSelection;
  activeIndex: number;
  /** The selected accounts, in the order shown: what a bulk command acts on. */
  selectedAccounts: AccountView[];
  onClick: (account: AccountView, event: MouseEvent) => void;
  /** Handles the list's own keys; answers whether it did (the caller then stops the key). */
  onKey: (event: KeyboardEvent) => boolean;
  /** The list got the focus: the keyboard starts on the open account, or the first. */
  onFocus: () => void;
  /** A right click on an option outside the selection selects it first, as Explorer does. */
  selectForMenu: (account: AccountView) => void;
}

/**
 * The selection of the account list and the keys and clicks that change it (the rules are in
 * list-selection.ts). The account opened in the form becomes the selection, so what the user
 * opens, saves or duplicates is what the list shows selected.
 */
export function useListSelection(
  shown: readonly AccountView[],
  openId: string | undefined,
  {
    pageSize,
    reveal,
    onOpen,
  }: { pageSize: number; reveal: (index: number) => void; onOpen: (account: AccountView) => void },
): ListSelectionHandlers {
  const [selection, setSelection] = useState<ListSelection>(EMPTY_SELECTION);
  const ids = shown.map((account) => account.id);
  const idsKey = ids.join('\n');
  const typed = useRef({ text: '', at: 0 });

  // Adjusted while rendering (React's way for state that follows props): the list changed (refresh,
  // delete, filter, sort) and nothing hidden or gone stays selected; an account opened in the form
  // becomes the selection.
  const [seen, setSeen] = useState({ idsKey, ids, openId });
  let current = selection;
  if (seen.idsKey !== idsKey || seen.openId !== openId) {
    if (seen.idsKey !== idsKey) current = prune(current, ids, seen.ids);
    if (seen.openId !== openId && openId !== undefined) current = moveTo(current, [openId], openId, 'replace');
    setSeen({ idsKey, ids, openId });
    setSelection(current);
  }

  const activeIndex = current.active === undefined ? -1 : ids.indexOf(current.active);

  const go = (index: number, event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }) => {
    const id = ids[index];
    if (id === undefined) return;
    setSelection((state) => moveTo(state, ids, id, modeOf(event)));
    reveal(index);
  };

  // The key event's own time stamp: how long the user paused between letters.
  const typeAhead = (key: string, now: number): boolean => {
    const text = (now - typed.current.at > TYPE_AHEAD_PAUSE_MS ? '' : typed.current.text) + key;
    typed.current = { text, at: now };
    const index = typeAheadIndex(
      shown.map((account) => account.connectionName),
      activeIndex,
      text,
    );
    if (index !== undefined) go(index, { shiftKey: false, ctrlKey: false, metaKey: false });
    return true;
  };

  const onKey = (event: KeyboardEvent): boolean => {
    const control = event.ctrlKey || event.metaKey;
    const target = targetIndex(event.key, activeIndex, ids.length, pageSize);
    if (target !== undefined) {
      // Moving on ends a type-ahead search: the next letter starts a new one.
      typed.current = { text: '', at: 0 };
      go(target, event);
      return true;
    }
    if (control && !event.altKey && event.key.toLowerCase() === 'a') {
      setSelection((state) => selectAll(state, ids));
      return true;
    }
    const active = shown[activeIndex];
    const typing = typed.current.text !== '' && event.timeStamp - typed.current.at <= TYPE_AHEAD_PAUSE_MS;
    if (event.key === ' ' && !event.altKey && !typing) {
      if (!active) return true;
      if (control) setSelection((state) => toggle(state, active.id));
      else setSelection((state) => moveTo(state, ids, active.id, event.shiftKey ? 'extend' : 'replace'));
      return true;
    }
    if (event.key === 'Enter' && active) {
      onOpen(active);
      return true;
    }
    // One printable character, not a shortcut: type-ahead (a space continues a name being typed).
    if (event.key.length === 1 && !control && !event.altKey) return typeAhead(event.key, event.timeStamp);
    return false;
  };

  const onClick = (account: AccountView, event: MouseEvent) => {
    const index = ids.indexOf(account.id);
    if (event.ctrlKey || event.metaKey) setSelection((state) => toggle(state, account.id));
    else if (event.shiftKey) setSelection((state) => moveTo(state, ids, account.id, 'extend'));
    else {
      // A plain click opens the account, as the rows always did; the selection follows once it is open.
      setSelection((state) => moveTo(state, ids, account.id, 'replace'));
      onOpen(account);
    }
    if (index >= 0) reveal(index);
  };

  const onFocus = () => {
    if (current.active !== undefined && ids.includes(current.active)) return;
    const start = openId !== undefined && ids.includes(openId) ? openId : ids[0];
    if (start !== undefined) setSelection((state) => ({ ...state, active: start }));
  };

  const selectForMenu = (account: AccountView) => {
    if (!current.selected.has(account.id)) setSelection((state) => moveTo(state, ids, account.id, 'replace'));
    else setSelection((state) => ({ ...state, active: account.id }));
  };

  return {
    selection: current,
    activeIndex,
    selectedAccounts: shown.filter((account) => current.selected.has(account.id)),
    onClick,
    onKey,
    onFocus,
    selectForMenu,
  };
}
