import { RemoveFromItem } from './RemoveFromItem';
import type { EvidenceEntry } from '@/core/assessment/types';
import { originLabel } from './quote-origin';

interface Props {
  entry: EvidenceEntry;
  itemId: string;
}

/**
 * A page note of an item: the reviewer's words about a page of a scanned
 * PDF. Nothing in the page to show or lose, so no state and no link.
 */
export function PageNote({ entry, itemId }: Props) {
  return (
    <li class="evidence-quote" data-evidence-id={entry.id} data-state="note">
      <p class="evidence-origin">{originLabel(entry.source)} — page note</p>
      <p class="evidence-text">{entry.comment}</p>
      <RemoveFromItem evidenceId={entry.id} itemId={itemId} />
    </li>
  );
}
