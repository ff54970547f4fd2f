/**
 * What each choice control of an item means for its answer.
 */
import { chosenOptionIds } from '@/core/rubric/item-value';
import type { Item, ItemAnswer } from '@/core/rubric/types';

/** Marks each choice input so shortcuts and tests can find it. */
export type ChoiceKind = 'option' | 'unclear' | 'not-applicable';

/** Whether the answer chooses this option. */
export function isChosen(
  item: Item,
  answer: ItemAnswer | undefined,
  optionId: string,
): boolean {
  return chosenOptionIds(item, answer).includes(optionId);
}

/**
 * The answer after the reviewer picks an option: that option alone, or on a
 * cumulative item the chosen set with this option toggled.
 */
export function pickOption(
  item: Item,
  answer: ItemAnswer | undefined,
  optionId: string,
): ItemAnswer {
  if (!item.multiple) return { kind: 'option', optionId };
  const chosen = chosenOptionIds(item, answer);
  const optionIds = chosen.includes(optionId)
    ? chosen.filter((id) => id !== optionId)
    : [...chosen, optionId];
  return { kind: 'options', optionIds };
}

/** The answer after a not-applicable justification is edited. */
export function justify(
  answer: ItemAnswer | undefined,
  justification: string,
): ItemAnswer | undefined {
  if (justification.trim()) return { kind: 'not-applicable', justification };
  // An override without a reason is no answer at all.
  return answer?.kind === 'not-applicable' ? undefined : answer;
}
