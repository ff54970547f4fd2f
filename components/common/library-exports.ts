/**
 * The library's downloads, all through the export module's formats: one
 * JSON bundle, and the wide, long and robvis CSV tables.
 */
import { downloadBlob, downloadJson } from '@/components/common/downloads';
import type { Assessment } from '@/core/assessment/types';
import {
  exportBundle,
  longTable,
  robvisTable,
  wideTable,
  type AssessmentExport,
  type ExportOptions,
} from '@/core/export';
import { getRubric } from '@/core/rubric';

export type LibraryExport = 'bundle' | 'wide' | 'long' | 'robvis';

/**
 * Downloads the assessments in one format. Returns a message when the
 * format refuses them (a table of mixed rubrics), else null.
 */
export function downloadLibrary(
  kind: LibraryExport,
  assessments: Assessment[],
  options: ExportOptions,
): string | null {
  const entries = assessments.flatMap((assessment) => {
    const rubric = getRubric(assessment.rubric.id);
    return rubric ? [{ assessment, rubric }] : [];
  });
  if (entries.length === 0) return 'No assessment of a known rubric to export.';
  const bundle = exportBundle(entries, options);
  const stem = `radar-reviewer-${new Date(options.now).toISOString().slice(0, 10)}`;
  if (kind === 'bundle') {
    downloadJson(bundle, `${stem}.json`);
    return null;
  }
  const table = tableOf(kind, bundle.assessments);
  if (!table.ok) return `The ${kind} table was not made: ${table.error}.`;
  downloadBlob(
    new Blob([table.csv], { type: 'text/csv' }),
    `${stem}-${kind}.csv`,
  );
  return null;
}

function tableOf(
  kind: Exclude<LibraryExport, 'bundle'>,
  docs: AssessmentExport[],
): { ok: true; csv: string } | { ok: false; error: string } {
  if (kind === 'long') return { ok: true, csv: longTable(docs) };
  return kind === 'wide' ? wideTable(docs) : robvisTable(docs);
}
