/**
 * Scores derived from RADAR answers: a METRICS-equivalent percentage, RQS 2.0
 * points and a suggested readiness level. All three are labelled derived:
 * an official METRICS or RQS 2.0 score needs the native form.
 */
import { chosenOptionIds } from './item-value';
import {
  metricsConditionsFromFlags,
  metricsFromRadar,
  rqs2FromRadar,
} from './radar-crosswalk';
import { requireRubric } from './registry';
import { tallyRubric } from './tally';
import type {
  ItemAnswers,
  MetricsEquivalent,
  ProfileAnswers,
  Rqs2Equivalent,
  Rubric,
} from './types';

/** Reads the credit (0..1) of a RADAR item; 0 unless an option is chosen. */
export type CreditOf = (itemId: string) => number;

/** Credit reader over one set of RADAR answers. */
export function creditReader(radar: Rubric, answers: ItemAnswers): CreditOf {
  return (itemId) => {
    const item = radar.items.find((i) => i.id === itemId);
    if (!item) return 0;
    const ids = chosenOptionIds(item, answers[itemId]);
    const option = item.options.find((o) => ids.includes(o.id));
    return option?.credit ?? 0;
  };
}

/**
 * METRICS-equivalent: conditions from the profile flags, an item "yes" when
 * a mapped RADAR item has full credit, then the METRICS formula itself.
 */
export function deriveMetrics(
  flags: ProfileAnswers,
  credit: CreditOf,
): MetricsEquivalent {
  const metrics = requireRubric('metrics');
  const profile: ProfileAnswers = {};
  for (const [condition, flag] of Object.entries(metricsConditionsFromFlags)) {
    profile[condition] = flags[flag] === 'yes' ? 'yes' : 'no';
  }
  const answers: ItemAnswers = {};
  for (const [itemId, sources] of Object.entries(metricsFromRadar)) {
    const met = sources.some((id) => credit(id) === 1);
    answers[itemId] = { kind: 'option', optionId: met ? 'yes' : 'no' };
  }
  const tally = tallyRubric(metrics, profile, answers);
  return {
    percentage: tally.percentage,
    band: tally.band,
    points: tally.points,
    maximum: tally.maximum,
  };
}

/** RQS 2.0 method implied by the flags (hybrid studies count as both). */
export function rqs2Method(flags: ProfileAnswers): string {
  if (flags.HC !== 'yes') return 'deep-learning';
  return flags.E2E === 'yes' ? 'both' : 'handcrafted';
}

/** Points an RQS 2.0 criterion earns from the RADAR credits. */
export function rqs2Points(criterion: string, credit: CreditOf): number {
  if (criterion === 'R17') {
    if (credit('R-PM-01') < 0.5) return 0;
    return credit('R-PM-02') === 1 ? 2 : 1;
  }
  if (criterion === 'R20') {
    const data = credit('R-OS-01') === 1 ? 2 : credit('R-OS-01') > 0 ? 1 : 0;
    return Math.min(3, data + (credit('R-OS-02') === 1 ? 1 : 0));
  }
  const entry = rqs2FromRadar[criterion];
  if (!entry) return 0;
  const [source, steps] = entry;
  const reached = (steps ?? [[1, bestPoints(criterion)]]).filter(
    ([least]) => credit(source) >= least,
  );
  return reached.length ? reached[reached.length - 1]![1] : 0;
}

function bestPoints(criterion: string): number {
  const item = requireRubric('rqs2').items.find((i) => i.id === criterion);
  return Math.max(0, ...(item?.options ?? []).map((o) => o.points ?? 0));
}

/** RQS 2.0 points over the whole track of the method the flags imply. */
export function deriveRqs2(
  flags: ProfileAnswers,
  credit: CreditOf,
): Rqs2Equivalent {
  const rqs2 = requireRubric('rqs2');
  const answers: ItemAnswers = {};
  for (const item of rqs2.items) {
    const points = rqs2Points(item.id, credit);
    const option = item.options.find((o) => (o.points ?? 0) === points);
    if (option) answers[item.id] = { kind: 'option', optionId: option.id };
  }
  const method = rqs2Method(flags);
  const tally = tallyRubric(rqs2, { method, RRL: '9' }, answers);
  return {
    method,
    points: tally.points,
    maximum: tally.maximum,
    percentage: tally.percentage,
  };
}
