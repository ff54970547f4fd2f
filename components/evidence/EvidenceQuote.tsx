import { RemoveFromItem } from './RemoveFromItem';
import { readableQuote } from '@/components/common/quote-text';
import type { EvidenceEntry } from '@/core/assessment/types';
import { useEvidence } from './evidence-context';
import { LooseMatch } from './LooseMatch';
import { originLabel, otherFormLabel } from './quote-origin';
import type { QuoteState } from './quote-state';

interface Props {
  entry: EvidenceEntry;
  itemId: string;
}

const STATE_LABELS: Partial<Record<QuoteState, string>> = {
  pending: 'Looking for it in the page…',
  'needs-confirmation': 'Found a similar passage: is it this one?',
  orphaned: 'Not found in the page: select the passage and re-link it.',
};

/** What the panel says under a quote in a given state, if anything. */
function stateLabel(state: QuoteState, entry: EvidenceEntry) {
  if (state === 'other-form') return `Read it ${otherFormLabel(entry.source)}.`;
  return STATE_LABELS[state];
}

/** One quote of an item, with where it was found: a click shows it. */
export function EvidenceQuote({ entry, itemId }: Props) {
  const evidence = useEvidence()!;
  const state = evidence.stateOf(entry);
  const label = stateLabel(state, entry);
  return (
    <li class="evidence-quote" data-evidence-id={entry.id} data-state={state}>
      <p class="evidence-origin">{originLabel(entry.source)}</p>
      <button
        type="button"
        class="evidence-text"
        title="Show in the page"
        disabled={state === 'orphaned' || state === 'other-form'}
        onClick={() => void evidence.scrollTo(entry.id, itemId)}
      >
        {readableQuote(entry.selectors[0]?.exact)}
      </button>
      {label && <p class="evidence-state">{label}</p>}
      {state === 'needs-confirmation' && <LooseMatch id={entry.id} />}
      {state === 'orphaned' && (
        <button
          type="button"
          onClick={() => void evidence.relink(entry.id, itemId)}
        >
          Re-link to selection
        </button>
      )}
      <RemoveFromItem evidenceId={entry.id} itemId={itemId} />
    </li>
  );
}
