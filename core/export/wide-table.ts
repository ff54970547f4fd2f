/**
 * The wide table: one row per assessment with its totals, counts and one
 * column per domain; RADAR adds its derived METRICS and RQS 2.0 figures.
 */
import {
  mixedRubricsError,
  percentCell,
  toCsv,
  type Cell,
  type TableResult,
} from './csv';
import type { AssessmentExport } from './format-schema';
import { doiOf, firstAuthorOf, pmidOf, yearOf } from './paper-fields';

const fixedColumns = [
  'assessment_id',
  'paper_key',
  'doi',
  'pmid',
  'title',
  'first_author',
  'year',
  'reviewer',
  'rubric_id',
  'rubric_version',
  'total_percentage',
  'points',
  'maximum',
  'band',
  'answered',
  'applicable',
  'unclear',
];

const radarColumns = [
  'metrics_percentage',
  'rqs2_points',
  'suggested_readiness_level',
];

/** The wide CSV of assessments of one rubric; refuses a mix of rubrics. */
export function wideTable(docs: AssessmentExport[]): TableResult {
  const error = mixedRubricsError(docs);
  if (error) return { ok: false, error };
  const first = docs[0]!;
  const domainColumns = first.scores.domains.map((d) => `domain_${d.id}`);
  const radar = first.rubric.id === 'radar';
  const header = [...fixedColumns, ...domainColumns];
  if (radar) header.push(...radarColumns);
  const rows = docs.map((doc) => [...fixedCells(doc), ...extraCells(doc)]);
  return { ok: true, csv: toCsv(header, rows) };
}

function fixedCells(doc: AssessmentExport): Cell[] {
  const { paper, scores } = doc;
  return [
    doc.id,
    paper.key,
    doiOf(paper),
    pmidOf(paper),
    paper.metadata.title ?? null,
    firstAuthorOf(paper),
    yearOf(paper),
    doc.reviewer,
    doc.rubric.id,
    doc.rubric.version,
    percentCell(scores.percentage),
    scores.points,
    scores.maximum,
    scores.band?.id ?? null,
    scores.counts.answered,
    scores.counts.applicable,
    scores.counts.unclear,
  ];
}

function extraCells(doc: AssessmentExport): Cell[] {
  const domains = doc.scores.domains.map((d) => percentCell(d.percentage));
  const extras = doc.scores.extras;
  if (extras.kind !== 'radar') return domains;
  const { metrics, rqs2, suggestedReadinessLevel } = extras.derived;
  return [
    ...domains,
    percentCell(metrics.percentage),
    rqs2.points,
    suggestedReadinessLevel,
  ];
}
