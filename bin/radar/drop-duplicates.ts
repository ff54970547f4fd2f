/**
 * One table row per assessment: the same record often sits both in its
 * own export and in a bundle of the same folder.
 */
import type { AssessmentExport } from '../../core/export';

/** An assessment with the file it was read from. */
export interface FoundAssessment {
  file: string;
  assessment: AssessmentExport;
}

/**
 * Keeps, per assessment id, the copy with the latest `updatedAt` (the
 * first one read on a tie), in the order the ids first appear; returns the
 * copies left out too.
 */
export function dropDuplicates(found: FoundAssessment[]): {
  kept: FoundAssessment[];
  dropped: FoundAssessment[];
} {
  const byId = new Map<string, FoundAssessment>();
  const dropped: FoundAssessment[] = [];
  for (const entry of found) {
    const held = byId.get(entry.assessment.id);
    if (!held) byId.set(entry.assessment.id, entry);
    else if (time(entry) > time(held)) {
      byId.set(entry.assessment.id, entry);
      dropped.push(held);
    } else dropped.push(entry);
  }
  return { kept: [...byId.values()], dropped };
}

const time = (entry: FoundAssessment) => Date.parse(entry.assessment.updatedAt);

/** E.g. `2 duplicate assessments left out (...) from a.json (1), b.json (1)`. */
export function duplicatesNote(dropped: FoundAssessment[]): string {
  const perFile = new Map<string, number>();
  for (const { file } of dropped) {
    perFile.set(file, (perFile.get(file) ?? 0) + 1);
  }
  const files = [...perFile].map(([file, n]) => `${file} (${n})`);
  const s = dropped.length === 1 ? '' : 's';
  return `${dropped.length} duplicate assessment${s} left out (same id; the latest updatedAt kept) from ${files.join(', ')}`;
}
