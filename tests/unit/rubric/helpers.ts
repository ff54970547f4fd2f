/** Small builders shared by the rubric tests. */
import { requireRubric } from '../../../core/rubric';
import type { ItemAnswer, ItemAnswers, Rubric } from '../../../core/rubric';

/** Answers from a short map: an option id, a list, or "unclear". */
export function answersOf(
  short: Record<string, string | string[]>,
): ItemAnswers {
  const out: ItemAnswers = {};
  for (const [id, value] of Object.entries(short)) {
    const answer: ItemAnswer = Array.isArray(value)
      ? { kind: 'options', optionIds: value }
      : value === 'unclear'
        ? { kind: 'unclear' }
        : { kind: 'option', optionId: value };
    out[id] = answer;
  }
  return out;
}

/** The same option id for every item of the rubric. */
export function allAnswered(rubric: Rubric, optionId: string): ItemAnswers {
  return answersOf(
    Object.fromEntries(rubric.items.map((item) => [item.id, optionId])),
  );
}

/** Each item's best option (cumulative items: every option). */
export function bestAnswers(rubric: Rubric): ItemAnswers {
  const out: ItemAnswers = {};
  for (const item of rubric.items) {
    const value = (o: (typeof item.options)[number]) =>
      o.credit ?? o.points ?? 0;
    const best = [...item.options].sort((a, b) => value(b) - value(a))[0]!;
    out[item.id] = item.multiple
      ? { kind: 'options', optionIds: item.options.map((o) => o.id) }
      : { kind: 'option', optionId: best.id };
  }
  return out;
}

export const metrics = requireRubric('metrics');
export const radar = requireRubric('radar');
export const rqs1 = requireRubric('rqs1');
export const rqs2 = requireRubric('rqs2');
