/**
 * The live score of an assessment, as the results bar shows it.
 */
import { itemAnswersOf, profileAnswersOf } from '@/core/assessment/answers';
import type { Assessment } from '@/core/assessment/types';
import { tallyRubric } from '@/core/rubric/tally';
import type { Rubric, ScoreReport } from '@/core/rubric/types';

/** Scores an assessment with its rubric. */
export function scoreAssessment(
  rubric: Rubric,
  assessment: Assessment,
): ScoreReport {
  // TODO: the rubric-specific extras (RADAR's derived METRICS, RQS 2.0 and
  // readiness level) come from the engine's full scorer once it lands.
  const base = tallyRubric(
    rubric,
    profileAnswersOf(assessment),
    itemAnswersOf(assessment),
  );
  return { ...base, extras: { kind: 'none' } };
}
