/**
 * Scoring entry point: the generic tally plus what each built-in rubric
 * reports besides it.
 */
import { resolveProfile } from './profile';
import { creditReader, deriveMetrics, deriveRqs2 } from './radar-derived';
import { suggestReadinessLevel } from './readiness';
import { tallyRubric } from './tally';
import type {
  ItemAnswers,
  ProfileAnswers,
  ReportExtras,
  Rubric,
  ScoreReport,
} from './types';

/**
 * Scores answers against a rubric. Pure; answers that do not fit the rubric
 * (unknown options, overrides without a justification) count as unanswered,
 * so check them first with checkAnswers when they come from outside.
 */
export function scoreRubric(
  rubric: Rubric,
  profile: ProfileAnswers,
  answers: ItemAnswers,
): ScoreReport {
  const tally = tallyRubric(rubric, profile, answers);
  return { ...tally, extras: extrasFor(rubric, tally, answers) };
}

function extrasFor(
  rubric: Rubric,
  tally: Omit<ScoreReport, 'extras'>,
  answers: ItemAnswers,
): ReportExtras {
  const profile = tally.profile;
  if (rubric.id === 'rqs1') {
    return { kind: 'rqs1', minimum: sumMinimum(tally) };
  }
  if (rubric.id === 'rqs2') {
    const full = tallyRubric(rubric, { ...profile, RRL: '9' }, {});
    return {
      kind: 'rqs2',
      method: profile.method ?? '',
      readinessLevel: Number(profile.RRL),
      fullTrackMaximum: full.maximum,
    };
  }
  if (rubric.id === 'radar') return radarExtras(rubric, tally, answers);
  return { kind: 'none' };
}

function sumMinimum(tally: Omit<ScoreReport, 'extras'>): number {
  return tally.domains.reduce((sum, d) => sum + d.minimum, 0);
}

function radarExtras(
  rubric: Rubric,
  tally: Omit<ScoreReport, 'extras'>,
  answers: ItemAnswers,
): ReportExtras {
  const flags = resolveProfile(rubric, tally.profile);
  const credit = creditReader(rubric, answers);
  return {
    kind: 'radar',
    catalogueVersion: `radar-catalogue ${rubric.version}`,
    flags,
    optional: tally.domains.filter((d) => d.optional),
    derived: {
      metrics: deriveMetrics(flags, credit),
      rqs2: deriveRqs2(flags, credit),
      suggestedReadinessLevel: suggestReadinessLevel(credit),
    },
  };
}
