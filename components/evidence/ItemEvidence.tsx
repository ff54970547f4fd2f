import { itemLegendId } from '@/components/common/item-ids';
import { liveEvidence } from '@/core/assessment/edit';
import { useEvidence } from './evidence-context';
import { EvidenceQuote } from './EvidenceQuote';
import { PageNote } from './PageNote';
import { PageNoteForm } from './PageNoteForm';

interface Props {
  itemId: string;
}

/**
 * An item's evidence: its quotes and page notes, and the button that adds
 * the selection, or the page note form once the PDF proved a scan.
 */
export function ItemEvidence({ itemId }: Props) {
  const evidence = useEvidence();
  const assessment = evidence?.assessment.value;
  if (!evidence || !assessment) return null;
  const quotes = liveEvidence(assessment, itemId);
  const notice = evidence.notice.value;
  const offer = evidence.pageNoteOffer.value;
  return (
    <div class="evidence" data-evidence-item={itemId}>
      {quotes.length > 0 && (
        <ul class="evidence-quotes" aria-label="Evidence">
          {quotes.map((entry) =>
            entry.selectors.length === 0 ? (
              <PageNote key={entry.id} entry={entry} itemId={itemId} />
            ) : (
              <EvidenceQuote key={entry.id} entry={entry} itemId={itemId} />
            ),
          )}
        </ul>
      )}
      {offer?.itemId !== itemId && (
        <button
          type="button"
          class="evidence-add"
          aria-describedby={itemLegendId(itemId)}
          onClick={() => void evidence.addSelection(itemId)}
        >
          Add selection to this item
        </button>
      )}
      {notice?.place === itemId && (
        <p class="evidence-notice" role="alert">
          {notice.text}
        </p>
      )}
      {offer?.itemId === itemId && <PageNoteForm offer={offer} />}
    </div>
  );
}
