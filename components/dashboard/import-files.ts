/**
 * Importing export files into the library: every file is read and checked
 * before anything is saved, so one bad file leaves storage as it was.
 */
import type { Assessment } from '@/core/assessment/types';
import { importDocument } from '@/core/export';
import type { DashboardStore } from './dashboard-store';
import type { NoticeText } from './Notice';

export interface ImportFile {
  name: string;
  text: string;
}

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * What an import did. A refusal (`saved: 0`) changed nothing; a storage
 * failure part-way keeps the records saved before it, each merged with what
 * was stored, so no answer already kept is lost.
 */
export type ImportOutcome =
  | ({ ok: true } & ImportCounts)
  | { ok: false; errors: string[]; saved: number; total: number };

/**
 * Validates every file, then merges each record through the store (the
 * same merge as saving, so importing a file twice adds nothing). Never
 * rejects: every failure comes back as an outcome the reviewer can read.
 */
export async function importFiles(
  files: ImportFile[],
  store: DashboardStore,
): Promise<ImportOutcome> {
  const read = files.map(readFile);
  const errors = read.flatMap((r) => ('errors' in r ? r.errors : []));
  const records = read.flatMap((r) =>
    'assessments' in r ? r.assessments : [],
  );
  const total = records.length;
  if (errors.length > 0) return { ok: false, errors, saved: 0, total };

  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
  try {
    const before = new Map((await store.loadAll()).map((a) => [a.id, a]));
    for (const record of records) {
      const previous = before.get(record.id);
      const saved = await store.save(record);
      counts[tally(previous, saved)] += 1;
      before.set(saved.id, saved);
    }
  } catch (error) {
    const saved = counts.added + counts.updated + counts.unchanged;
    return { ok: false, errors: [messageOf(error)], saved, total };
  }
  return { ok: true, ...counts };
}

// Messages carry the file name so a reviewer who dropped several files
// knows which one to fix.
function readFile(
  file: ImportFile,
): { assessments: Assessment[] } | { errors: string[] } {
  let json: unknown;
  try {
    // Windows editors may start a UTF-8 file with a byte order mark.
    json = JSON.parse(file.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { errors: [`${file.name}: not JSON (${(error as Error).message})`] };
  }
  const result = importDocument(json);
  if (!result.ok) {
    return { errors: result.errors.map((e) => `${file.name}: ${e}`) };
  }
  return { assessments: result.assessments };
}

function tally(
  previous: Assessment | undefined,
  saved: Assessment,
): keyof ImportCounts {
  if (!previous) return 'added';
  return JSON.stringify(previous) === JSON.stringify(saved)
    ? 'unchanged'
    : 'updated';
}

// The store's own errors are written for the reviewer (a full disk, for
// example); anything else is shown as the browser worded it.
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the reviewer reads after an import: a status, or an alert. */
export function importNotice(outcome: ImportOutcome): NoticeText {
  if (outcome.ok) {
    const { added, updated, unchanged } = outcome;
    return {
      kind: 'info',
      lines: [
        `Imported: ${added} added, ${updated} updated, ${unchanged} unchanged.`,
      ],
    };
  }
  const { saved, total, errors } = outcome;
  const head =
    saved === 0
      ? 'The import was refused; nothing was changed.'
      : `The import stopped after ${saved} of ${total} assessments: those are saved, the others are not.`;
  return { kind: 'error', lines: [head, ...errors] };
}
