import { signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import type { EvidenceSource } from '@/core/assessment/types';
import type { NoTextLayerReply } from '@/core/evidence-protocol';
import type { EvidenceStore } from './evidence-controller';
import { addPageNote } from './evidence-edits';

/** A page note the panel offers an item after the PDF proved a scan. */
export interface PageNoteOffer {
  itemId: string;
  /** The PDF and the page in view when the reviewer asked. */
  source: EvidenceSource;
  pageCount?: number;
}

/**
 * The page note form's state: at most one item at a time is offered a
 * note, from the moment its capture met a scan until the note is saved or
 * dropped.
 */
export function createPageNoteOffer(store: EvidenceStore, newId: () => string) {
  const offer = signal<PageNoteOffer | null>(null);
  return {
    offer: offer as ReadonlySignal<PageNoteOffer | null>,
    /** Offers a note to the item; a reply without source offers none. */
    open(itemId: string, reply: NoTextLayerReply) {
      const { source, pageCount } = reply;
      offer.value = source ? { itemId, source, pageCount } : null;
    },
    /** Saves the note on `page` (1-based) to the offered item. */
    save(page: number, text: string) {
      const open = offer.peek();
      if (!open) return;
      const note = { source: { ...open.source, page }, text };
      store.edit((a, now) => addPageNote(a, note, open.itemId, now, newId));
      offer.value = null;
    },
    close() {
      offer.value = null;
    },
  };
}

/**
 * The page number the reviewer typed, when it names a page of the PDF:
 * a whole number from 1 to the page count (any positive one when the
 * count is unknown). Undefined otherwise.
 */
export function notePage(
  typed: string,
  pageCount?: number,
): number | undefined {
  const page = Number(typed.trim());
  if (!Number.isInteger(page) || page < 1) return undefined;
  if (pageCount !== undefined && page > pageCount) return undefined;
  return page;
}
