/**
 * Edits of an assessment's evidence quotes, as pure functions the panel and
 * the background share: adding a captured passage or a page note to an
 * item, re-linking an orphaned quote to a new passage, and detaching a
 * quote from an item.
 */
import { putEvidence, removeEvidence } from '@/core/assessment/edit';
import type {
  Assessment,
  EvidenceEntry,
  EvidenceSource,
} from '@/core/assessment/types';
import type { CapturedQuote } from '@/core/evidence-protocol';

/**
 * Adds a captured passage to an item. When a live quote already covers the
 * same passage of the same page, the item joins that quote's `itemIds`
 * instead of duplicating it: one quote can serve several items.
 */
export function addCapture(
  assessment: Assessment,
  capture: CapturedQuote,
  itemId: string,
  now: number,
  newId: () => string,
): Assessment {
  const existing = findSamePassage(assessment, capture);
  if (existing) {
    if (existing.itemIds.includes(itemId)) return assessment;
    const itemIds = [...existing.itemIds, itemId];
    return putEvidence(assessment, { ...existing, itemIds, updatedAt: now });
  }
  return putEvidence(assessment, {
    id: newId(),
    itemIds: [itemId],
    selectors: capture.selectors,
    source: capture.source,
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * Adds a page note to an item: evidence on a PDF whose text cannot be
 * selected (a scan), kept as the reviewer's words about a page, without
 * selectors. Every note is new: two notes on one page say different things.
 */
export function addPageNote(
  assessment: Assessment,
  note: { source: EvidenceSource; text: string },
  itemId: string,
  now: number,
  newId: () => string,
): Assessment {
  return putEvidence(assessment, {
    id: newId(),
    itemIds: [itemId],
    selectors: [],
    source: note.source,
    comment: note.text,
    createdAt: now,
    updatedAt: now,
  });
}

/** The live quote over the same passage (same text, same place), if any. */
export function findSamePassage(
  assessment: Assessment,
  capture: CapturedQuote,
): EvidenceEntry | undefined {
  const [quote, position] = capture.selectors;
  return Object.values(assessment.evidence).find((entry) => {
    const [q, p] = entry.selectors;
    return (
      !entry.deleted &&
      entry.source.url === capture.source.url &&
      q?.exact === quote.exact &&
      p?.start === position.start
    );
  });
}

/**
 * Points a quote at a newly selected passage (an orphan the reviewer found
 * again, or a loose match corrected), keeping its items and comment.
 */
export function relinkEvidence(
  assessment: Assessment,
  evidenceId: string,
  capture: CapturedQuote,
  now: number,
): Assessment {
  const entry = assessment.evidence[evidenceId];
  if (!entry) return assessment;
  const { selectors, source } = capture;
  return putEvidence(assessment, {
    ...entry,
    selectors,
    source,
    updatedAt: now,
  });
}

/**
 * Detaches a quote from one item; a quote left with no item is removed
 * (as a tombstone, so a merge cannot bring it back).
 */
export function unlinkEvidence(
  assessment: Assessment,
  evidenceId: string,
  itemId: string,
  now: number,
): Assessment {
  const entry = assessment.evidence[evidenceId];
  if (!entry) return assessment;
  const itemIds = entry.itemIds.filter((id) => id !== itemId);
  if (itemIds.length === 0) return removeEvidence(assessment, evidenceId, now);
  return putEvidence(assessment, { ...entry, itemIds, updatedAt: now });
}
