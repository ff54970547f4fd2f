/**
 * The long table: one row per item of every assessment, any rubrics mixed,
 * for analyses item by item.
 */
import type { ItemAnswer } from '../rubric/types';
import { toCsv, type Cell } from './csv';
import type { AssessmentExport, ItemExport } from './format-schema';

const header = [
  'assessment_id',
  'paper_key',
  'reviewer',
  'rubric_id',
  'rubric_version',
  'item_id',
  'item_number',
  'domain',
  'answer',
  'justification',
  'credit',
  'points',
  'applicable',
  'not_applicable_because',
  'quotes',
  'note',
];

/** The long CSV of any assessments. */
export function longTable(docs: AssessmentExport[]): string {
  const rows = docs.flatMap((doc) =>
    doc.items.map((item) => itemCells(doc, item)),
  );
  return toCsv(header, rows);
}

function itemCells(doc: AssessmentExport, item: ItemExport): Cell[] {
  return [
    doc.id,
    doc.paper.key,
    doc.reviewer,
    doc.rubric.id,
    doc.rubric.version,
    item.id,
    item.number,
    item.domain,
    answerCell(item.answer),
    item.answer?.kind === 'not-applicable' ? item.answer.justification : null,
    item.credit,
    item.points,
    item.applies,
    item.notApplicableBecause,
    item.evidenceIds.length,
    item.note,
  ];
}

/**
 * An answer as one cell: the option id, several joined by ";", "(none)"
 * for a cumulative item with none chosen, "unclear", "not-applicable", or
 * empty when unanswered.
 */
export function answerCell(answer: ItemAnswer | null): string {
  if (!answer) return '';
  if (answer.kind === 'option') return answer.optionId;
  if (answer.kind === 'options') {
    return answer.optionIds.length ? answer.optionIds.join(';') : '(none)';
  }
  return answer.kind;
}
