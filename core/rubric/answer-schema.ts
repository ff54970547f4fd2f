/**
 * Zod schemas of the answers model, and the checks of answers against a
 * rubric that a shape schema cannot make.
 */
import { z } from 'zod';
import './rubric-schema'; // sets zod's eval-free mode before first use
import type { ItemAnswer, ItemAnswers, ProfileAnswers, Rubric } from './types';

/** One item answer (see ItemAnswer). */
export const itemAnswerSchema: z.ZodType<ItemAnswer> = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('option'), optionId: z.string() }),
    z.strictObject({
      kind: z.literal('options'),
      optionIds: z.array(z.string()),
    }),
    z.strictObject({ kind: z.literal('unclear') }),
    z.strictObject({
      kind: z.literal('not-applicable'),
      justification: z.string().trim().min(1, {
        error: 'a not-applicable answer needs a written justification',
      }),
    }),
  ],
);

export const itemAnswersSchema = z.record(z.string(), itemAnswerSchema);
export const profileAnswersSchema = z.record(z.string(), z.string());

/** Messages naming each answer that does not fit the rubric. */
export function checkAnswers(
  rubric: Rubric,
  profile: ProfileAnswers,
  answers: ItemAnswers,
): string[] {
  const out: string[] = [];
  for (const [qid, value] of Object.entries(profile)) {
    const q = rubric.profile.find((x) => x.id === qid);
    if (!q) out.push(`profile.${qid}: unknown profile question`);
    else if (!q.options.some((o) => o.id === value)) {
      out.push(`profile.${qid}: unknown option "${value}"`);
    }
  }
  for (const [itemId, answer] of Object.entries(answers)) {
    out.push(...checkAnswer(rubric, itemId, answer));
  }
  return out;
}

function checkAnswer(rubric: Rubric, itemId: string, answer: ItemAnswer) {
  const at = `answers.${itemId}`;
  const item = rubric.items.find((i) => i.id === itemId);
  if (!item) return [`${at}: unknown item`];
  if (answer.kind === 'not-applicable') {
    if (!item.allowNotApplicable) {
      return [`${at}: this item cannot be marked not applicable`];
    }
    return answer.justification.trim()
      ? []
      : [`${at}: not applicable needs a written justification`];
  }
  if (answer.kind === 'unclear') return [];
  const ids = answer.kind === 'option' ? [answer.optionId] : answer.optionIds;
  const out = ids
    .filter((id) => !item.options.some((o) => o.id === id))
    .map((id) => `${at}: unknown option "${id}"`);
  if (answer.kind === 'options' && !item.multiple && ids.length !== 1) {
    out.push(`${at}: choose exactly one option`);
  }
  return out;
}
