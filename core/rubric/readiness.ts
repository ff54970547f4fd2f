/**
 * Suggested radiomics readiness level from RADAR answers. Our heuristic, not
 * the official RQS 2.0 rule (which was not available): each level has a gate,
 * and the suggestion is the highest level whose gate and all lower gates hold.
 */
import type { CreditOf } from './radar-derived';

const trPlans = ['R-TR-01', 'R-TR-02', 'R-TR-03', 'R-TR-04'];

const gates: ((c: CreditOf) => boolean)[] = [
  (c) => c('R-SD-01') >= 0.5 && c('R-CD-01') === 1,
  (c) => c('R-IA-03') === 1,
  (c) => c('R-FM-01') === 1,
  (c) => c('R-VA-01') === 1 && c('R-PM-01') >= 0.5,
  (c) => c('R-VA-02') >= 0.33,
  (c) => c('R-IX-01') === 1 || c('R-IX-04') >= 0.5,
  (c) => c('R-VA-04') === 1,
  (c) => c('R-CU-03') === 1 || trPlans.filter((id) => c(id) === 1).length >= 2,
  (c) => c('R-TR-07') === 1 && c('R-TR-08') === 1,
];

/** Level 1-9, or 0 when not even the first gate holds. */
export function suggestReadinessLevel(credit: CreditOf): number {
  const failed = gates.findIndex((gate) => !gate(credit));
  return failed === -1 ? gates.length : failed;
}
