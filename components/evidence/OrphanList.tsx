import { readableQuote } from '@/components/common/quote-text';
import { liveEvidence } from '@/core/assessment/edit';
import { useEvidence } from './evidence-context';
import { itemLabel } from './quotes-to-show';

/**
 * Quotes the page no longer shows, with their text, so the reviewer can
 * find each passage again and re-link it. They stay in the assessment.
 */
export function OrphanList() {
  const evidence = useEvidence();
  const assessment = evidence?.assessment.value;
  if (!evidence || !assessment) return null;
  const orphans = liveEvidence(assessment).filter(
    (e) => evidence.stateOf(e) === 'orphaned',
  );
  if (orphans.length === 0) return null;
  const rubric = evidence.rubric.value;
  const notice = evidence.notice.value;
  return (
    <section class="evidence-orphans" aria-label="Quotes not found in the page">
      <h2>Quotes not found in the page ({orphans.length})</h2>
      <p>Select each passage in the page again, then re-link it.</p>
      <ul>
        {orphans.map((entry) => (
          <li key={entry.id} data-orphan-id={entry.id}>
            <blockquote>{readableQuote(entry.selectors[0]?.exact)}</blockquote>
            <p class="evidence-items">
              {entry.itemIds.map((id) => itemLabel(rubric, id)).join('; ')}
            </p>
            <button
              type="button"
              onClick={() => void evidence.relink(entry.id, entry.id)}
            >
              Re-link to selection
            </button>
            {notice?.place === entry.id && (
              <p class="evidence-notice" role="alert">
                {notice.text}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
