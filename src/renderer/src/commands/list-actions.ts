import { availabilityOf, type CommandContext } from './availability';

/** What the account list's context menu (and its Delete key) does with the selected accounts. */
export type ListAction = 'test' | 'duplicate' | 'export' | 'delete';

export type ListActionAvailability = Readonly<Record<ListAction, boolean>>;

/**
 * The list's actions follow the rules of the commands they stand for (Test all, Duplicate, Export,
 * Delete: a write-protected stick, a running Test all, an open dialog, a save under way), applied to
 * the selection instead of the open account. Duplicate takes one account, and waits for unsaved
 * edits as the ribbon's does: the copy opens in their place.
 */
export function listActionAvailability(context: CommandContext, selectedCount: number): ListActionAvailability {
  const onSelection = { ...context, hasSelected: true };
  const some = selectedCount > 0;
  return {
    test: some && availabilityOf('testAll', context).enabled,
    duplicate: selectedCount === 1 && availabilityOf('duplicate', onSelection).enabled,
    export: some && availabilityOf('export', context).enabled,
    delete: some && availabilityOf('delete', onSelection).enabled,
  };
}
