import type { ItemAnswer } from '../rubric/types';
import type { Assessment, EvidenceEntry, Timestamp } from './types';

/** Records the answer to a study-profile question. */
export function setProfileAnswer(
  assessment: Assessment,
  questionId: string,
  option: string,
  now: Timestamp,
): Assessment {
  return {
    ...assessment,
    profile: {
      ...assessment.profile,
      [questionId]: { option, updatedAt: now },
    },
    updatedAt: now,
  };
}

/** Records (or, with `undefined`, clears) the answer to an item. */
export function setItemAnswer(
  assessment: Assessment,
  itemId: string,
  answer: ItemAnswer | undefined,
  now: Timestamp,
): Assessment {
  const previous = assessment.items[itemId];
  const entry = { ...previous, answer, updatedAt: now };
  if (answer === undefined) delete entry.answer;
  return withItem(assessment, itemId, entry, now);
}

/** Records the reviewer's free-text note on an item. */
export function setItemNote(
  assessment: Assessment,
  itemId: string,
  note: string,
  now: Timestamp,
): Assessment {
  const previous = assessment.items[itemId];
  return withItem(
    assessment,
    itemId,
    { ...previous, note, updatedAt: now },
    now,
  );
}

/** Adds a quote, or updates one with the same id. */
export function putEvidence(
  assessment: Assessment,
  evidence: EvidenceEntry,
): Assessment {
  return {
    ...assessment,
    evidence: { ...assessment.evidence, [evidence.id]: evidence },
    updatedAt: Math.max(assessment.updatedAt, evidence.updatedAt),
  };
}

/** Removes a quote, leaving a tombstone that merges cannot undo. */
export function removeEvidence(
  assessment: Assessment,
  evidenceId: string,
  now: Timestamp,
): Assessment {
  const entry = assessment.evidence[evidenceId];
  if (!entry) return assessment;
  return putEvidence(assessment, { ...entry, deleted: true, updatedAt: now });
}

/** The quotes that are not removed, optionally only those of one item. */
export function liveEvidence(
  assessment: Assessment,
  itemId?: string,
): EvidenceEntry[] {
  return Object.values(assessment.evidence).filter(
    (e) => !e.deleted && (itemId === undefined || e.itemIds.includes(itemId)),
  );
}

function withItem(
  assessment: Assessment,
  itemId: string,
  entry: Assessment['items'][string],
  now: Timestamp,
): Assessment {
  return {
    ...assessment,
    items: { ...assessment.items, [itemId]: entry },
    updatedAt: now,
  };
}
