/**
 * Importing export files into the library: every file is read and checked
 * before anything is saved, so one bad file leaves storage as it was.
 */
import type { Assessment } from '@/core/assessment/types';
import { importDocument } from '@/core/export';
import type { DashboardStore } from './dashboard-store';

export interface ImportFile {
  name: string;
  text: string;
}

export type ImportOutcome =
  | { ok: true; added: number; updated: number; unchanged: number }
  | { ok: false; errors: string[] };

/**
 * Validates every file, then merges each record through the store (the
 * same merge as saving, so importing a file twice adds nothing).
 */
export async function importFiles(
  files: ImportFile[],
  store: DashboardStore,
): Promise<ImportOutcome> {
  const read = files.map(readFile);
  const errors = read.flatMap((r) => ('errors' in r ? r.errors : []));
  if (errors.length > 0) return { ok: false, errors };
  const records = read.flatMap((r) =>
    'assessments' in r ? r.assessments : [],
  );

  const before = new Map((await store.loadAll()).map((a) => [a.id, a]));
  const outcome = { ok: true as const, added: 0, updated: 0, unchanged: 0 };
  for (const record of records) {
    const previous = before.get(record.id);
    const saved = await store.save(record);
    if (!previous) outcome.added += 1;
    else if (sameRecord(previous, saved)) outcome.unchanged += 1;
    else outcome.updated += 1;
    before.set(saved.id, saved);
  }
  return outcome;
}

// Messages carry the file name so a reviewer who dropped several files
// knows which one to fix.
function readFile(
  file: ImportFile,
): { assessments: Assessment[] } | { errors: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    return { errors: [`${file.name}: not JSON (${(error as Error).message})`] };
  }
  const result = importDocument(json);
  if (!result.ok) {
    return { errors: result.errors.map((e) => `${file.name}: ${e}`) };
  }
  return { assessments: result.assessments };
}

function sameRecord(a: Assessment, b: Assessment): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
