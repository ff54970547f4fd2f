/**
 * Checks an exported assessment against the built-in rubric it names: what
 * a shape schema cannot know (item, option and profile ids, and whether the
 * record's id is the one its paper, reviewer and rubric give). Messages name
 * the place, e.g. `items[5].answer: unknown option "maybe" for item M05`.
 */
import { assessmentId } from '../assessment/create';
import { getRubric, listRubrics } from '../rubric/registry';
import type { Item, ItemAnswer, Rubric } from '../rubric/types';
import type { AssessmentExport } from './format-schema';

/** Problems of an export against its rubric; `at` prefixes every path. */
export function checkAgainstRubric(doc: AssessmentExport, at = ''): string[] {
  return [...checkRubric(doc, at), ...checkIdentity(doc, at)];
}

/**
 * Problems of an export's identity: the store keeps one record per paper,
 * reviewer and rubric under the id they give, so a record without a
 * reviewer, or whose id was edited, would merge into the wrong record or
 * sit beside the right one as a duplicate.
 */
export function checkIdentity(doc: AssessmentExport, at = ''): string[] {
  if (doc.reviewer.trim() === '') {
    return [`${at}reviewer: empty; every assessment names its reviewer`];
  }
  const expected = assessmentId(doc.paper.key, doc.reviewer, doc.rubric.id);
  if (doc.id === expected) return [];
  return [
    `${at}id: does not match its paper, reviewer and rubric (expected "${expected}")`,
  ];
}

function checkRubric(doc: AssessmentExport, at: string): string[] {
  const rubric = getRubric(doc.rubric.id);
  if (!rubric) {
    const known = listRubrics().map((r) => r.id);
    return [
      `${at}rubric.id: unknown rubric "${doc.rubric.id}" (known: ${known.join(', ')})`,
    ];
  }
  if (rubric.version !== doc.rubric.version) {
    return [
      `${at}rubric.version: "${doc.rubric.version}" is not the version of the built-in ${rubric.id} rubric ("${rubric.version}")`,
    ];
  }
  return [
    ...checkProfile(rubric, doc, at),
    ...checkItems(rubric, doc, at),
    ...checkEvidence(rubric, doc, at),
  ];
}

function checkProfile(rubric: Rubric, doc: AssessmentExport, at: string) {
  const out: string[] = [];
  for (const [id, entry] of Object.entries(doc.profile)) {
    const question = rubric.profile.find((q) => q.id === id);
    if (!question) out.push(`${at}profile.${id}: unknown profile question`);
    else if (!question.options.some((o) => o.id === entry.option)) {
      out.push(
        `${at}profile.${id}.option: unknown option "${entry.option}" for profile question ${id}`,
      );
    }
  }
  return out;
}

function checkItems(rubric: Rubric, doc: AssessmentExport, at: string) {
  const out: string[] = [];
  const seen = new Set<string>();
  const evidenceIds = new Set(doc.evidence.map((e) => e.id));
  doc.items.forEach((entry, n) => {
    const place = `${at}items[${n}]`;
    const item = rubric.items.find((i) => i.id === entry.id);
    if (!item) {
      out.push(`${place}.id: unknown item "${entry.id}" in ${rubric.label}`);
      return;
    }
    if (seen.has(item.id)) out.push(`${place}.id: item ${item.id} twice`);
    seen.add(item.id);
    if (entry.answer) {
      const problem = answerProblem(item, entry.answer);
      if (problem) out.push(`${place}.answer: ${problem}`);
    }
    for (const id of entry.evidenceIds.filter((e) => !evidenceIds.has(e))) {
      out.push(`${place}.evidenceIds: no evidence quote "${id}"`);
    }
  });
  return out;
}

/** What is wrong with an answer to an item, or null when it fits. */
export function answerProblem(item: Item, answer: ItemAnswer): string | null {
  if (answer.kind === 'unclear') return null;
  if (answer.kind === 'not-applicable') {
    return item.allowNotApplicable
      ? null
      : `item ${item.id} cannot be marked not applicable`;
  }
  const ids = answer.kind === 'option' ? [answer.optionId] : answer.optionIds;
  const unknown = ids.find((id) => !item.options.some((o) => o.id === id));
  if (unknown !== undefined) {
    return `unknown option "${unknown}" for item ${item.id}`;
  }
  if (answer.kind === 'options' && !item.multiple && ids.length !== 1) {
    return `item ${item.id} takes exactly one option`;
  }
  return null;
}

function checkEvidence(rubric: Rubric, doc: AssessmentExport, at: string) {
  const out: string[] = [];
  const seen = new Set<string>();
  doc.evidence.forEach((entry, n) => {
    const place = `${at}evidence[${n}]`;
    if (seen.has(entry.id)) out.push(`${place}.id: quote "${entry.id}" twice`);
    seen.add(entry.id);
    for (const id of entry.itemIds) {
      if (!rubric.items.some((i) => i.id === id)) {
        out.push(`${place}.itemIds: unknown item "${id}"`);
      }
    }
  });
  return out;
}
