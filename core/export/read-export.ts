/**
 * Reads an export file's content (one assessment or a bundle) from untrusted
 * JSON: the shape first, then every assessment against its rubric.
 */
import { formatPath } from '../rubric/parse-rubric';
import { checkAgainstRubric } from './check-against-rubric';
import {
  ASSESSMENT_FORMAT,
  BUNDLE_FORMAT,
  FORMAT_VERSION,
  exportDocumentSchema,
  type AssessmentExport,
} from './format-schema';

export type ReadExportResult =
  | { ok: true; assessments: AssessmentExport[]; bundle: boolean }
  | { ok: false; errors: string[] };

/** Validates an export document; errors read `assessments[2].items[5].answer: ...`. */
export function readExportDocument(json: unknown): ReadExportResult {
  const header = headerProblem(json);
  if (header) return { ok: false, errors: [header] };
  const parsed = exportDocumentSchema.safeParse(json);
  if (!parsed.success) {
    const errors = parsed.error.issues.map(
      (issue) => `${formatPath(issue.path) || '(document)'}: ${issue.message}`,
    );
    return { ok: false, errors };
  }
  const doc = parsed.data;
  const bundle = 'assessments' in doc;
  const assessments = bundle ? doc.assessments : [doc];
  const errors = assessments.flatMap((a, n) =>
    checkAgainstRubric(a, bundle ? `assessments[${n}].` : ''),
  );
  if (errors.length) return { ok: false, errors };
  return { ok: true, assessments, bundle };
}

// The format and its version decide everything else, so a wrong one gets
// one plain message instead of a list of every field that then mismatches.
function headerProblem(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return '(document): expected a JSON object';
  }
  const { format, formatVersion } = json as Record<string, unknown>;
  if (format !== ASSESSMENT_FORMAT && format !== BUNDLE_FORMAT) {
    return `format: expected "${ASSESSMENT_FORMAT}" or "${BUNDLE_FORMAT}", got ${JSON.stringify(format) ?? 'nothing'}`;
  }
  if (typeof formatVersion === 'number' && formatVersion > FORMAT_VERSION) {
    return `formatVersion: ${formatVersion} is newer than this version of RADAR Reviewer reads (${FORMAT_VERSION}); update it`;
  }
  return null;
}
