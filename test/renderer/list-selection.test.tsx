import { describe, expect, it } from 'vitest';
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
} from '../../src/renderer/src/list-selection';

const ids = ['a', 'b', 'c', 'd', 'e'];
const selected = (state: ListSelection) => [...state.selected].sort();

describe('the account list selection', () => {
  it('moves alone, extends with Shift from the anchor, only moves the focus with Ctrl', () => {
    const onB = moveTo(EMPTY_SELECTION, ids, 'b', 'replace');
    expect(onB).toMatchObject({ active: 'b', anchor: 'b' });
    expect(selected(onB)).toEqual(['b']);

    const toD = moveTo(onB, ids, 'd', 'extend');
    expect(selected(toD)).toEqual(['b', 'c', 'd']);
    // Back past the anchor: the range turns round it.
    expect(selected(moveTo(toD, ids, 'a', 'extend'))).toEqual(['a', 'b']);

    const focused = moveTo(toD, ids, 'e', 'focus');
    expect(focused.active).toBe('e');
    expect(selected(focused)).toEqual(['b', 'c', 'd']);
  });

  it('toggles one option with Ctrl, which becomes the anchor of the next range', () => {
    const some = toggle(moveTo(EMPTY_SELECTION, ids, 'a', 'replace'), 'c');
    expect(selected(some)).toEqual(['a', 'c']);
    expect(selected(toggle(some, 'a'))).toEqual(['c']);
    // As in Explorer: Shift after a Ctrl click selects the range from that option, and only it.
    expect(selected(moveTo(some, ids, 'e', 'extend'))).toEqual(['c', 'd', 'e']);
  });

  it('starts a Shift range at the first option reached when there is no anchor yet', () => {
    expect(selected(moveTo(EMPTY_SELECTION, ids, 'c', 'extend'))).toEqual(['c']);
  });

  it('selects all with Ctrl+A', () => {
    expect(selected(selectAll(EMPTY_SELECTION, ids))).toEqual(ids);
    expect(selectAll(EMPTY_SELECTION, ids).active).toBe('a');
  });

  it('drops what is no longer shown, and keeps the keyboard near where it was', () => {
    const state = { selected: new Set(['b', 'c', 'd']), active: 'c', anchor: 'b' };
    const after = prune(state, ['a', 'b', 'e'], ids);
    expect(selected(after)).toEqual(['b']);
    expect(after.active).toBe('e');
    expect(prune({ selected: new Set(['e']), active: 'e' }, ['a', 'b'], ids)).toMatchObject({ active: 'b' });
    expect(prune(state, [], ids)).toEqual({ selected: new Set() });
  });

  it('reads Shift as extend and Ctrl (or Cmd) as focus only', () => {
    expect(modeOf({ shiftKey: true, ctrlKey: true, metaKey: false })).toBe('extend');
    expect(modeOf({ shiftKey: false, ctrlKey: true, metaKey: false })).toBe('focus');
    expect(modeOf({ shiftKey: false, ctrlKey: false, metaKey: true })).toBe('focus');
    expect(modeOf({ shiftKey: false, ctrlKey: false, metaKey: false })).toBe('replace');
  });
});

describe('the keys that move through the list', () => {
  it('go one step, a page, or to either end, and stop there', () => {
    expect(targetIndex('ArrowDown', 3, 1000, 20)).toBe(4);
    expect(targetIndex('ArrowDown', 999, 1000, 20)).toBe(999);
    expect(targetIndex('ArrowUp', 0, 1000, 20)).toBe(0);
    expect(targetIndex('End', 0, 1000, 20)).toBe(999);
    expect(targetIndex('Home', 500, 1000, 20)).toBe(0);
    expect(targetIndex('PageDown', 990, 1000, 20)).toBe(999);
    expect(targetIndex('PageDown', 10, 1000, 20)).toBe(30);
    expect(targetIndex('PageUp', 10, 1000, 20)).toBe(0);
    expect(targetIndex('Enter', 10, 1000, 20)).toBeUndefined();
    expect(targetIndex('ArrowDown', 0, 0, 20)).toBeUndefined();
  });

  it('start at the first option when none is active yet', () => {
    expect(targetIndex('ArrowDown', -1, 5, 2)).toBe(0);
    expect(targetIndex('ArrowUp', -1, 5, 2)).toBe(0);
    expect(targetIndex('PageUp', -1, 5, 2)).toBe(0);
  });
});

describe('type-ahead', () => {
  const names = ['Archive', 'Invoices Berlin', 'invoices Zürich', 'Íntake', 'Orders'];

  it('finds the next name starting with what was typed, ignoring case and accents, wrapping round', () => {
    expect(typeAheadIndex(names, 0, 'i')).toBe(1);
    expect(typeAheadIndex(names, 1, 'i')).toBe(2);
    expect(typeAheadIndex(names, 2, 'i')).toBe(3);
    expect(typeAheadIndex(names, 3, 'i')).toBe(1);
    expect(typeAheadIndex(names, 4, 'a')).toBe(0);
  });

  it('keeps the active option while a longer prefix still matches it', () => {
    expect(typeAheadIndex(names, 1, 'inv')).toBe(1);
    expect(typeAheadIndex(names, 1, 'invoices z')).toBe(2);
  });

  it('steps through the matches when one letter is typed again', () => {
    expect(typeAheadIndex(names, 1, 'ii')).toBe(2);
  });

  it('finds nothing for a prefix no name has', () => {
    expect(typeAheadIndex(names, 0, 'x')).toBeUndefined();
    expect(typeAheadIndex(names, 0, '')).toBeUndefined();
  });
});
