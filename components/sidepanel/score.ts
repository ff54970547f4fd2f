/**
 * The live score of an assessment, as the results bar shows it.
 */
import { itemAnswersOf, profileAnswersOf } from '@/core/assessment/answers';
import type { Assessment } from '@/core/assessment/types';
import { scoreRubric, type Rubric, type ScoreReport } from '@/core/rubric';

/** Scores an assessment with its rubric, extras (RADAR's derived) included. */
export function scoreAssessment(
  rubric: Rubric,
  assessment: Assessment,
): ScoreReport {
  return scoreRubric(
    rubric,
    profileAnswersOf(assessment),
    itemAnswersOf(assessment),
  );
}
