/**
 * How the report and the dashboard write answers.
 */
import type { Item, ItemAnswer } from '@/core/rubric/types';

/** The answer in words: option labels, "Unclear", "Not applicable". */
export function answerText(item: Item, answer: ItemAnswer | null): string {
  if (!answer) return 'Unanswered';
  if (answer.kind === 'unclear') return 'Unclear / not reported';
  if (answer.kind === 'not-applicable') return 'Not applicable';
  const ids = answer.kind === 'option' ? [answer.optionId] : answer.optionIds;
  if (ids.length === 0) return 'None of the options';
  return ids
    .map((id) => item.options.find((o) => o.id === id)?.label ?? id)
    .join('; ');
}
