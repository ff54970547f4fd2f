/**
 * The rubric-independent part of scoring: which items apply, what they earn,
 * and the totals per domain and overall.
 */
import { earnedValue, itemRange, type ItemValue } from './item-value';
import { itemApplies, resolveProfile } from './profile';
import type {
  Band,
  DomainScore,
  Item,
  ItemAnswers,
  ItemCounts,
  ProfileAnswers,
  Rubric,
  ScoreReport,
} from './types';

/** Rounds like the METRICS calculator: Number(x.toFixed(1)). */
export function round1(x: number): number {
  return Number(x.toFixed(1));
}

// Sums of decimal weights carry float noise (0.8314999...); the report shows
// points to 4 decimals, the finest step of any built-in weight, while
// percentages are computed from the unrounded sums as the METRICS calculator.
function roundPoints(x: number): number {
  return Number(x.toFixed(4));
}

/** Whether the answer is a valid reviewer override of applicability. */
export function isOverride(item: Item, answers: ItemAnswers): boolean {
  const answer = answers[item.id];
  return (
    item.allowNotApplicable &&
    answer?.kind === 'not-applicable' &&
    answer.justification.trim() !== ''
  );
}

/** Items that count for the profile: applicable and not overridden. */
export function applicableItems(
  rubric: Rubric,
  profile: ProfileAnswers,
  answers: ItemAnswers,
): Item[] {
  return rubric.items.filter(
    (item) => itemApplies(item, profile) && !isOverride(item, answers),
  );
}

const weightedRule =
  'percentage = 100 x sum of weight x credit / sum of weights over applicable ' +
  'items (one decimal); optional domains are left out of the total; ' +
  'unanswered and unclear items earn 0.';
const pointsRule =
  'percentage = 100 x points / maximum points of applicable items (one ' +
  'decimal), the "percentage of the ideal score" of RQS reviews, for the ' +
  'total and each domain alike; penalties can make it negative; ' +
  'unanswered and unclear items earn 0.';

/** Scores a rubric without rubric-specific extras. */
export function tallyRubric(
  rubric: Rubric,
  profileAnswers: ProfileAnswers,
  answers: ItemAnswers,
): Omit<ScoreReport, 'extras'> {
  const profile = resolveProfile(rubric, profileAnswers);
  const counted = applicableItems(rubric, profile, answers);
  const coreIds = new Set(
    rubric.domains.filter((d) => !d.optional).map((d) => d.id),
  );
  const core = counted.filter((item) => coreIds.has(item.domain));
  const total = sumValues(rubric, core, answers);
  const percentage =
    total.maximum > 0 ? round1((100 * total.earned) / total.maximum) : null;
  return {
    rubric: { id: rubric.id, version: rubric.version, label: rubric.label },
    percentage,
    points: roundPoints(total.earned),
    maximum: roundPoints(total.maximum),
    band: bandOf(rubric.bands, percentage),
    domains: rubric.domains.map((d) => {
      const items = counted.filter((item) => item.domain === d.id);
      return domainScore(d, sumValues(rubric, items, answers));
    }),
    counts: countItems(rubric, profile, answers, coreIds),
    percentageRule: rubric.scoring === 'weighted' ? weightedRule : pointsRule,
    profile,
  };
}

function sumValues(rubric: Rubric, items: Item[], answers: ItemAnswers) {
  const sum: ItemValue = { earned: 0, maximum: 0, minimum: 0 };
  for (const item of items) {
    const range = itemRange(rubric, item);
    sum.earned += earnedValue(rubric, item, answers[item.id]);
    sum.maximum += range.maximum;
    sum.minimum += range.minimum;
  }
  return sum;
}

function domainScore(
  domain: Rubric['domains'][number],
  value: ItemValue,
): DomainScore {
  // Points over the domain's maximum, like the total: placing the points
  // within the domain's range instead would show an untouched RQS 1.0
  // domain with penalties (-8..+8) at 50 %, which reads as half met.
  return {
    id: domain.id,
    label: domain.label,
    optional: domain.optional ?? false,
    percentage:
      value.maximum > 0 ? round1((100 * value.earned) / value.maximum) : null,
    points: roundPoints(value.earned),
    maximum: roundPoints(value.maximum),
    minimum: roundPoints(value.minimum),
  };
}

/** The last band whose minimum the rounded percentage reaches. */
export function bandOf(
  bands: Band[] | undefined,
  percentage: number | null,
): Band | null {
  if (!bands || percentage === null) return null;
  const reached = bands.filter((b) => b.min <= percentage);
  return reached[reached.length - 1] ?? null;
}

// Counts cover core items only, the ones the total percentage is made of.
function countItems(
  rubric: Rubric,
  profile: ProfileAnswers,
  answers: ItemAnswers,
  coreIds: Set<string>,
): ItemCounts {
  const counts: ItemCounts = {
    applicable: 0,
    answered: 0,
    unclear: 0,
    unanswered: 0,
    notApplicable: 0,
    overridden: 0,
  };
  for (const item of rubric.items.filter((i) => coreIds.has(i.domain))) {
    const kind = answers[item.id]?.kind;
    if (!itemApplies(item, profile)) counts.notApplicable++;
    else if (isOverride(item, answers)) {
      counts.notApplicable++;
      counts.overridden++;
    } else {
      counts.applicable++;
      if (kind === 'option' || kind === 'options') counts.answered++;
      else if (kind === 'unclear') counts.unclear++;
      else counts.unanswered++;
    }
  }
  return counts;
}
