/**
 * Reads an export file's content (one assessment or a bundle) from untrusted
 * JSON: the shape first, then every assessment against its rubric.
 */
import { formatPath } from '../rubric/parse-rubric';
import { getRubric } from '../rubric/registry';
import type { Rubric } from '../rubric/types';
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
    rubricProblems(a, bundle ? `assessments[${n}].` : ''),
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

// When most item ids are foreign to the rubric named, the rubric id is the
// likely mistake (items of another rubric): one line says so in place of
// one line per item and per quote linked to such an item.
function rubricProblems(doc: AssessmentExport, at: string): string[] {
  const problems = checkAgainstRubric(doc, at);
  const rubric = getRubric(doc.rubric.id);
  if (!rubric) return problems;
  const foreign = foreignItemIds(rubric, doc);
  if (foreign.size * 2 <= doc.items.length) return problems;
  const rest = problems.filter((p) => !isAboutForeignItem(p, at, foreign));
  if (rest.length === problems.length) return problems;
  const [example] = foreign;
  const summary = `${at}items[...]: ${foreign.size} item ids are not ${rubric.label} ids (e.g. ${example}): is the rubric id right?`;
  return [summary, ...rest];
}

function foreignItemIds(rubric: Rubric, doc: AssessmentExport): Set<string> {
  const known = new Set(rubric.items.map((i) => i.id));
  return new Set(doc.items.map((i) => i.id).filter((id) => !known.has(id)));
}

// Recognised by place (an item's id, a quote's item ids) and the quoted id.
function isAboutForeignItem(
  problem: string,
  at: string,
  foreign: Set<string>,
): boolean {
  if (!problem.startsWith(at)) return false;
  const place = /^(items\[\d+\]\.id|evidence\[\d+\]\.itemIds): .*?"([^"]*)"/;
  const match = place.exec(problem.slice(at.length));
  return match !== null && foreign.has(match[2]!);
}
