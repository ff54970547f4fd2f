/**
 * What the report shows is the assessment's export document: the same
 * scores, items and quotes a reader of the downloaded JSON sees.
 */
import type { Assessment } from '@/core/assessment/types';
import {
  exportAssessment,
  type AssessmentExport,
  type ExportOptions,
} from '@/core/export';
import { getRubric } from '@/core/rubric';
import type { Rubric } from '@/core/rubric/types';

export type ReportDocument =
  | { ok: true; rubric: Rubric; doc: AssessmentExport }
  | { ok: false; error: string };

/** The export of an assessment with its built-in rubric, or why there is none. */
export function reportDocument(
  assessment: Assessment,
  options: ExportOptions,
): ReportDocument {
  const rubric = getRubric(assessment.rubric.id);
  if (!rubric) {
    return {
      ok: false,
      error: `This assessment uses the rubric "${assessment.rubric.id}", which this version of RADAR Reviewer does not know.`,
    };
  }
  return {
    ok: true,
    rubric,
    doc: exportAssessment(assessment, rubric, options),
  };
}
