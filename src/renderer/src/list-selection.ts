/**
 * The account list's selection rules, as Windows lists have them (Explorer, MMC): pure functions over
 * the ids in the order shown, so the component only maps events onto them and the rules are tested
 * on their own. `active` is the option the keyboard is on (aria-activedescendant), `anchor` where a
 * Shift range starts, `selected` what a bulk command acts on.
 */
export interface ListSelection {
  selected: ReadonlySet<string>;
  active?: string;
  anchor?: string;
}

export const EMPTY_SELECTION: ListSelection = { selected: new Set() };

/** How a click or a key moves: alone replaces the selection, Shift extends it from the anchor, Ctrl only moves. */
export type MoveMode = 'replace' | 'extend' | 'focus';

export function modeOf(event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): MoveMode {
  if (event.shiftKey) return 'extend';
  return event.ctrlKey || event.metaKey ? 'focus' : 'replace';
}

function range(ids: readonly string[], from: string | undefined, to: string): Set<string> {
  const end = ids.indexOf(to);
  const start = from === undefined ? -1 : ids.indexOf(from);
  if (start < 0) return new Set([to]);
  const [low, high] = start <= end ? [start, end] : [end, start];
  return new Set(ids.slice(low, high + 1));
}

/** The keyboard (or a click) reaches `id`. */
export function moveTo(state: ListSelection, ids: readonly string[], id: string, mode: MoveMode): ListSelection {
  if (mode === 'focus') return { ...state, active: id };
  if (mode === 'extend') {
    const anchor = state.anchor !== undefined && ids.includes(state.anchor) ? state.anchor : (state.active ?? id);
    return { selected: range(ids, anchor, id), active: id, anchor };
  }
  return { selected: new Set([id]), active: id, anchor: id };
}

/** Ctrl+click, Ctrl+Space: one option in or out of the selection, and the anchor of the next range. */
export function toggle(state: ListSelection, id: string): ListSelection {
  const selected = new Set(state.selected);
  if (selected.has(id)) selected.delete(id);
  else selected.add(id);
  return { selected, active: id, anchor: id };
}

/** Ctrl+A. */
export function selectAll(state: ListSelection, ids: readonly string[]): ListSelection {
  return { ...state, selected: new Set(ids), active: state.active ?? ids[0] };
}

/**
 * What is left once the list changed (a refresh, a delete, a filter): a bulk command never acts on an
 * account that is gone or not shown. The keyboard stays near where it was: on the next option, or the last.
 */
export function prune(state: ListSelection, ids: readonly string[], previousIds: readonly string[]): ListSelection {
  const shown = new Set(ids);
  const selected = new Set([...state.selected].filter((id) => shown.has(id)));
  let active = state.active !== undefined && shown.has(state.active) ? state.active : undefined;
  if (active === undefined && state.active !== undefined && ids.length > 0) {
    const was = previousIds.indexOf(state.active);
    active = previousIds.slice(was + 1).find((id) => shown.has(id)) ?? ids[ids.length - 1];
  }
  const anchor = state.anchor !== undefined && shown.has(state.anchor) ? state.anchor : active;
  return {
    selected,
    ...(active !== undefined ? { active } : {}),
    ...(anchor !== undefined ? { anchor } : {}),
  };
}

/** The keys that move through the list, and the index each leads to (undefined: not a moving key). */
export function targetIndex(key: string, index: number, count: number, pageSize: number): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  const from = index < 0 ? -1 : index;
  const clamp = (value: number) => Math.min(last, Math.max(0, value));
  switch (key) {
    case 'ArrowDown':
      return clamp(from + 1);
    case 'ArrowUp':
      return from < 0 ? 0 : clamp(from - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return clamp(from + Math.max(1, pageSize));
    case 'PageUp':
      return from < 0 ? 0 : clamp(from - Math.max(1, pageSize));
    default:
      return undefined;
  }
}

/**
 * Type-ahead: the next option whose name starts with what was typed, searching from the active one
 * (from the one after it when the same letter is typed again, so "i i i" steps through the I's),
 * wrapping at the end. Case and accents do not count (Intl.Collator, base sensitivity).
 */
export function typeAheadIndex(names: readonly string[], activeIndex: number, typed: string): number | undefined {
  if (typed === '' || names.length === 0) return undefined;
  const repeated = typed.length > 1 && [...typed].every((char) => char === typed[0]);
  const prefix = repeated ? typed[0]! : typed;
  const start = repeated || typed.length === 1 ? activeIndex + 1 : Math.max(activeIndex, 0);
  for (let step = 0; step < names.length; step += 1) {
    const index = (start + step) % names.length;
    if (startsWith(names[index]!, prefix)) return index;
  }
  return undefined;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

function startsWith(name: string, prefix: string): boolean {
  return collator.compare(name.slice(0, prefix.length), prefix) === 0;
}
