/**
 * Keyboard shortcuts inside an item: j/k next/previous item, 1-9 the n-th
 * option, u unclear, n not applicable. Each acts through the same controls a
 * pointer would use (a click on the choice input), so both take one path.
 */
import type { ChoiceKind } from './item-choice';

const ITEM = 'fieldset[data-item-id]';
// Letters typed into a note or a justification are text, not shortcuts.
const TEXT_ENTRY =
  'textarea, select, input:not([type=radio]):not([type=checkbox])';

/** Handles a key pressed inside `container`; true when it was a shortcut. */
export function handleItemShortcut(
  event: KeyboardEvent,
  container: HTMLElement,
): boolean {
  const target = event.target as Element | null;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (!target || target.closest(TEXT_ENTRY)) return false;
  const item = target.closest<HTMLElement>(ITEM);
  if (!item) return false;
  const done = runShortcut(event.key, item, container);
  if (done) event.preventDefault();
  return done;
}

function runShortcut(key: string, item: HTMLElement, container: HTMLElement) {
  if (key === 'j' || key === 'k') {
    return moveFocus(item, container, key === 'j' ? 1 : -1);
  }
  if (/^[1-9]$/.test(key)) return choose(item, 'option', Number(key) - 1);
  if (key === 'u') return choose(item, 'unclear', 0);
  if (key === 'n' && choose(item, 'not-applicable', 0)) {
    // The justification field appears only after the panel re-renders.
    setTimeout(() => focusJustification(item), 0);
    return true;
  }
  return false;
}

function choose(item: HTMLElement, kind: ChoiceKind, index: number): boolean {
  const inputs = item.querySelectorAll<HTMLInputElement>(
    `input[data-choice="${kind}"]`,
  );
  const input = inputs[index];
  if (!input) return false;
  // A radio already chosen is left alone; a click would not change it.
  if (input.type === 'checkbox' || !input.checked) input.click();
  input.focus();
  return true;
}

/** Focuses the next or previous item that is not folded away. */
function moveFocus(item: HTMLElement, container: HTMLElement, step: 1 | -1) {
  const items = [...container.querySelectorAll<HTMLElement>(ITEM)].filter(
    (el) => !el.parentElement?.closest('details:not([open])'),
  );
  const next = items[items.indexOf(item) + step];
  if (!next) return false;
  focusItem(next);
  return true;
}

/** Focuses an item's chosen input, else its first, as Tab would. */
export function focusItem(item: HTMLElement): void {
  const input =
    item.querySelector<HTMLInputElement>('input[data-choice]:checked') ??
    item.querySelector<HTMLInputElement>('input[data-choice]');
  input?.focus();
  // Within the scroll padding: never under the sticky results bar.
  item.scrollIntoView?.({ block: 'nearest' });
}

function focusJustification(item: HTMLElement) {
  item.querySelector<HTMLElement>('[data-justification]')?.focus();
}
