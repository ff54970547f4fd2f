/**
 * Study-profile answers: defaults, locks and the applicability rules that
 * read them.
 */
import type { Item, ProfileAnswers, Rubric, Rule } from './types';

/**
 * Returns the profile the rubric is scored under: every question answered
 * (its default when missing or not one of its options), then locks applied
 * in question order so a lock may depend on an earlier locked answer.
 */
export function resolveProfile(
  rubric: Rubric,
  answers: ProfileAnswers,
): ProfileAnswers {
  const out: ProfileAnswers = {};
  for (const q of rubric.profile) {
    const given = answers[q.id];
    const known = q.options.some((o) => o.id === given);
    out[q.id] = known && given !== undefined ? given : q.default;
  }
  for (const q of rubric.profile) {
    if (q.lock && ruleHolds(q.lock.when, out)) out[q.id] = q.lock.value;
  }
  return out;
}

/** Whether a rule holds for a resolved profile. */
export function ruleHolds(rule: Rule, profile: ProfileAnswers): boolean {
  if (typeof rule === 'string') return profile[rule] === 'yes';
  if ('all' in rule) return rule.all.every((r) => ruleHolds(r, profile));
  if ('any' in rule) return rule.any.some((r) => ruleHolds(r, profile));
  if ('not' in rule) return !ruleHolds(rule.not, profile);
  const answer = profile[rule.question];
  if (answer === undefined) return false;
  if ('in' in rule) return rule.in.includes(answer);
  return Number(answer) >= rule.atLeast;
}

/** Whether the profile makes an item applicable (overrides aside). */
export function itemApplies(item: Item, profile: ProfileAnswers): boolean {
  return item.appliesWhen === undefined || ruleHolds(item.appliesWhen, profile);
}

/** Whether a profile question is currently locked (the UI greys it out). */
export function isLocked(
  rubric: Rubric,
  questionId: string,
  profile: ProfileAnswers,
): boolean {
  const q = rubric.profile.find((x) => x.id === questionId);
  return !!q?.lock && ruleHolds(q.lock.when, resolveProfile(rubric, profile));
}
