/**
 * How the panel writes scores.
 */
import type { Rubric } from '@/core/rubric/types';

/** "24.3 %", or "n/a" when nothing applies. */
export function formatPercent(percentage: number | null): string {
  return percentage === null ? 'n/a' : `${percentage.toFixed(1)} %`;
}

/**
 * Points as the rubric counts them: whole points, or weight sums to four
 * decimals (METRICS weights have four) without trailing zeros.
 */
export function formatPoints(rubric: Rubric, points: number): string {
  if (rubric.scoring === 'points') return String(Math.round(points));
  return String(Number(points.toFixed(4)));
}
