import type { EvidenceEntry } from '@/core/assessment/types';
import { useEvidence } from './evidence-context';
import { LooseMatch } from './LooseMatch';

interface Props {
  entry: EvidenceEntry;
  itemId: string;
}

const STATE_LABELS = {
  pending: 'Looking for it in the page…',
  anchored: '',
  'needs-confirmation': 'Found a similar passage: is it this one?',
  orphaned: 'Not found in the page: select the passage and re-link it.',
};

/** One quote of an item: a click shows it in the page. */
export function EvidenceQuote({ entry, itemId }: Props) {
  const evidence = useEvidence()!;
  const state = evidence.stateOf(entry.id);
  const text = entry.selectors[0]?.exact ?? '(a note without text)';
  return (
    <li class="evidence-quote" data-evidence-id={entry.id} data-state={state}>
      <button
        type="button"
        class="evidence-text"
        title="Show in the page"
        disabled={state === 'orphaned'}
        onClick={() => void evidence.scrollTo(entry.id, itemId)}
      >
        {text}
      </button>
      {STATE_LABELS[state] && (
        <p class="evidence-state">{STATE_LABELS[state]}</p>
      )}
      {state === 'needs-confirmation' && <LooseMatch id={entry.id} />}
      {state === 'orphaned' && (
        <button
          type="button"
          onClick={() => void evidence.relink(entry.id, itemId)}
        >
          Re-link to selection
        </button>
      )}
      <button
        type="button"
        class="evidence-remove"
        onClick={() => evidence.unlink(entry.id, itemId)}
      >
        Remove from this item
      </button>
    </li>
  );
}
