/**
 * How the report and the dashboard write scores and answers.
 */
import type { Item, ItemAnswer, Rubric } from '@/core/rubric/types';

/** "24.3 %", or "n/a" when nothing applies. */
export function formatPercent(percentage: number | null): string {
  return percentage === null ? 'n/a' : `${percentage.toFixed(1)} %`;
}

/**
 * Points as the rubric counts them: whole points, or weight sums to four
 * decimals (METRICS weights have four) without trailing zeros.
 */
export function formatPoints(
  scoring: Rubric['scoring'],
  points: number,
): string {
  if (scoring === 'points') return String(Math.round(points));
  return String(Number(points.toFixed(4)));
}

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
