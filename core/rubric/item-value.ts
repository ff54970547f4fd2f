/**
 * What one answered item is worth: earned, best and worst value, in the
 * rubric's own unit (weight x credit, or points).
 */
import type { AnswerOption, Item, ItemAnswer, Rubric } from './types';

export interface ItemValue {
  earned: number;
  maximum: number;
  minimum: number;
}

function optionValue(rubric: Rubric, item: Item, option: AnswerOption) {
  return rubric.scoring === 'weighted'
    ? (item.weight ?? 0) * (option.credit ?? 0)
    : (option.points ?? 0);
}

/** Best and worst values the item can take. */
export function itemRange(rubric: Rubric, item: Item): ItemValue {
  const values = item.options.map((o) => optionValue(rubric, item, o));
  if (item.multiple) {
    // Cumulative: every rewarding option may be chosen, or none.
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    return {
      earned: 0,
      maximum: sum(values.filter((v) => v > 0)),
      minimum: sum(values.filter((v) => v < 0)),
    };
  }
  return {
    earned: 0,
    maximum: Math.max(...values),
    minimum: Math.min(...values),
  };
}

/**
 * Value earned by an answer. Unanswered, unclear and unknown options earn 0,
 * not the item's worst option: for RQS 1.0 this means an unanswered item 12
 * scores 0 rather than -5, so the figure is the best case of what is known.
 */
export function earnedValue(
  rubric: Rubric,
  item: Item,
  answer: ItemAnswer | undefined,
): number {
  const ids = chosenOptionIds(item, answer);
  return item.options
    .filter((o) => ids.includes(o.id))
    .reduce((sum, o) => sum + optionValue(rubric, item, o), 0);
}

/** Option ids an answer chooses; several only for cumulative items. */
export function chosenOptionIds(item: Item, answer?: ItemAnswer): string[] {
  if (answer?.kind === 'option') return [answer.optionId];
  if (answer?.kind === 'options') {
    const unique = [...new Set(answer.optionIds)];
    return item.multiple ? unique : unique.slice(0, 1);
  }
  return [];
}
