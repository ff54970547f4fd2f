/**
 * How every page writes scores: the panel, the report and the dashboard.
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
export function formatPoints(
  scoring: Rubric['scoring'],
  points: number,
): string {
  if (scoring === 'points') return String(Math.round(points));
  return String(Number(points.toFixed(4)));
}

/** "RRL 4", or a plain statement when not even level 1 is reached. */
export function readinessText(level: number): string {
  return level >= 1 ? `RRL ${level}` : 'below RRL 1';
}
