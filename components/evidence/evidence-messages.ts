/**
 * Runtime messages around evidence that are not requests to a page: a page
 * telling the panel its quotes moved, and the background forwarding the
 * reviewer's add-selection shortcut to the panel. Both carry only a type.
 */

/**
 * Sent by an article's evidence layer when orphaned quotes turn up in text
 * the page added later; the panel then asks again for their status.
 */
export const PAGE_CHANGED = { type: 'evidence:page-changed' } as const;

/**
 * Sent by the background when the reviewer presses the shortcut; the panel
 * adds the page's selection to the item that has focus there.
 */
export const ADD_SELECTION_SHORTCUT = {
  type: 'evidence:add-selection-shortcut',
} as const;

/** Whether a runtime message is one of the two above, by its type. */
export function isEvidenceMessage(
  message: unknown,
  kind: typeof PAGE_CHANGED | typeof ADD_SELECTION_SHORTCUT,
): boolean {
  return (message as { type?: unknown } | null)?.type === kind.type;
}
