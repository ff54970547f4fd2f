import { liveEvidence } from '@/core/assessment/edit';
import { useEvidence } from './evidence-context';
import { EvidenceQuote } from './EvidenceQuote';

interface Props {
  itemId: string;
}

/** An item's evidence: its quotes and the button that adds the selection. */
export function ItemEvidence({ itemId }: Props) {
  const evidence = useEvidence();
  const assessment = evidence?.assessment.value;
  if (!evidence || !assessment) return null;
  const quotes = liveEvidence(assessment, itemId);
  const notice = evidence.notice.value;
  return (
    <div class="evidence" data-evidence-item={itemId}>
      {quotes.length > 0 && (
        <ul class="evidence-quotes" aria-label="Evidence">
          {quotes.map((entry) => (
            <EvidenceQuote key={entry.id} entry={entry} itemId={itemId} />
          ))}
        </ul>
      )}
      <button
        type="button"
        class="evidence-add"
        onClick={() => void evidence.addSelection(itemId)}
      >
        Add selection to this item
      </button>
      {notice?.place === itemId && (
        <p class="evidence-notice" role="alert">
          {notice.text}
        </p>
      )}
    </div>
  );
}
