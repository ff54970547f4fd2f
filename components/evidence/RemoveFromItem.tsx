import { useEvidence } from './evidence-context';

interface Props {
  evidenceId: string;
  itemId: string;
}

/**
 * Unlinks a quote or page note from one item. The button vanishes with the
 * entry and focus would fall back to the page body, where j/k no longer
 * work: it moves to the item's "Add selection" button once the list
 * re-renders.
 */
export function RemoveFromItem({ evidenceId, itemId }: Props) {
  const evidence = useEvidence()!;
  const remove = (button: HTMLElement) => {
    const item = button.closest('fieldset');
    evidence.unlink(evidenceId, itemId);
    requestAnimationFrame(() =>
      item?.querySelector<HTMLButtonElement>('.evidence-add')?.focus(),
    );
  };
  return (
    <button
      type="button"
      class="evidence-remove"
      onClick={(event) => remove(event.currentTarget)}
    >
      Remove from this item
    </button>
  );
}
