/**
 * Once a quote or note leaves an item, its button is gone and focus would
 * fall back to the page body, where j/k no longer work: move it to the
 * item's "Add selection" button instead, after the list re-renders.
 */
export function focusItemAfterRemoval(removeButton: HTMLElement): void {
  const item = removeButton.closest('fieldset');
  requestAnimationFrame(() =>
    item?.querySelector<HTMLButtonElement>('.evidence-add')?.focus(),
  );
}
