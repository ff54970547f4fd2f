/**
 * A table for the R package robvis (tool "Generic"): Study, D1..Dn, Overall,
 * Weight. robvis wants risk-of-bias judgements, not percentages, so each
 * percentage is mapped to one (see judgementOf and FORMAT.md).
 */
import { mixedRubricsError, toCsv, type Cell, type TableResult } from './csv';
import type { AssessmentExport } from './format-schema';
import { familyName, firstAuthorOf, yearOf } from './paper-fields';

export type Judgement = 'Low' | 'Some concerns' | 'High' | 'No information';

/**
 * Our convention, not robvis's nor the rubrics': a high quality score reads
 * as a low risk of bias. >= 80 Low, 40 to < 80 Some concerns, < 40 High,
 * no applicable item No information.
 */
export function judgementOf(percentage: number | null): Judgement {
  if (percentage === null) return 'No information';
  if (percentage >= 80) return 'Low';
  return percentage >= 40 ? 'Some concerns' : 'High';
}

/** The robvis CSV of assessments of one rubric; refuses a mix of rubrics. */
export function robvisTable(docs: AssessmentExport[]): TableResult {
  const error = mixedRubricsError(docs);
  if (error) return { ok: false, error };
  const domains = docs[0]!.scores.domains;
  const header = [
    'Study',
    ...domains.map((_, n) => `D${n + 1}`),
    'Overall',
    'Weight',
  ];
  const labels = studyLabels(docs);
  const rows = docs.map((doc, n): Cell[] => [
    labels[n]!,
    ...doc.scores.domains.map((d) => judgementOf(d.percentage)),
    judgementOf(doc.scores.percentage),
    1,
  ]);
  return { ok: true, csv: toCsv(header, rows) };
}

/** Lines naming what D1..Dn and Overall stand for, for a report. */
export function robvisLegend(domains: { label: string }[]): string[] {
  return [
    ...domains.map((d, n) => `D${n + 1}: ${d.label}`),
    'Overall: total percentage',
  ];
}

/**
 * "Family name Year" per assessment. Different papers sharing a label get
 * a, b, c... in order; the same paper scored by several reviewers gets the
 * reviewer's name in brackets, so rows stay apart in robvis.
 */
export function studyLabels(docs: AssessmentExport[]): string[] {
  const base = docs.map(baseLabel);
  const papersPerLabel = new Map<string, string[]>();
  docs.forEach((doc, n) => {
    const keys = papersPerLabel.get(base[n]!) ?? [];
    if (!keys.includes(doc.paper.key)) keys.push(doc.paper.key);
    papersPerLabel.set(base[n]!, keys);
  });
  return docs.map((doc, n) => {
    const keys = papersPerLabel.get(base[n]!)!;
    let label = base[n]!;
    if (keys.length > 1) {
      label += String.fromCharCode(97 + keys.indexOf(doc.paper.key));
    }
    const sameStudy = docs.filter((d) => d.paper.key === doc.paper.key);
    return sameStudy.length > 1 ? `${label} (${doc.reviewer})` : label;
  });
}

function baseLabel(doc: AssessmentExport): string {
  const author = firstAuthorOf(doc.paper);
  const year = yearOf(doc.paper);
  return `${author ? familyName(author) : doc.paper.key} ${year ?? 'n.d.'}`;
}
