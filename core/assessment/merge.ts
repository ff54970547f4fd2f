import type { Assessment, Timestamp } from './types';

/**
 * Merges two copies of the same assessment, field by field: for every
 * profile answer, item entry and quote the copy with the later `updatedAt`
 * wins. The fields without a time of their own (id, reviewer, rubric, paper
 * key and metadata) come from the copy edited last as a whole, so an older
 * copy, an imported file for instance, cannot overwrite them. Merging is
 * commutative and idempotent, so two panels that each merge what they see
 * converge on the same record without losing a newer edit.
 */
export function mergeAssessments(
  ours: Assessment,
  theirs: Assessment,
): Assessment {
  const [newer, older] = isNewer(ours, theirs)
    ? [ours, theirs]
    : [theirs, ours];
  return {
    ...newer,
    paper: mergePaper(newer, older),
    profile: newestByKey(ours.profile, theirs.profile),
    items: newestByKey(ours.items, theirs.items),
    evidence: newestByKey(ours.evidence, theirs.evidence),
    createdAt: Math.min(ours.createdAt, theirs.createdAt),
    updatedAt: Math.max(ours.updatedAt, theirs.updatedAt),
  };
}

function newestByKey<T extends { updatedAt: Timestamp }>(
  ours: Record<string, T>,
  theirs: Record<string, T>,
): Record<string, T> {
  const merged: Record<string, T> = { ...theirs };
  for (const [key, entry] of Object.entries(ours)) {
    const other = merged[key];
    if (!other || isNewer(entry, other)) merged[key] = entry;
  }
  return merged;
}

// Two edits in the same millisecond are rare; ordering them by content
// keeps the merge commutative, so both panels settle on the same one.
function isNewer<T extends { updatedAt: Timestamp }>(a: T, b: T): boolean {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return JSON.stringify(a) > JSON.stringify(b);
}

// Metadata has no per-field time: the newer copy's fields win, and fields
// only the older copy knows are kept rather than lost.
function mergePaper(newer: Assessment, older: Assessment): Assessment['paper'] {
  const aliases = new Set([...newer.paper.aliases, ...older.paper.aliases]);
  if (older.paper.key !== newer.paper.key) aliases.add(older.paper.key);
  aliases.delete(newer.paper.key);
  return {
    key: newer.paper.key,
    aliases: [...aliases].sort(),
    metadata: { ...older.paper.metadata, ...newer.paper.metadata },
  };
}
