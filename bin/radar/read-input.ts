/**
 * Reads an answers document into rubric id, profile and item answers. The
 * one place that knows document forms: today the plain answers file;
 * TODO: accept the exported assessment record once its format exists.
 */
import { itemAnswerSchema } from '../../core/rubric/answer-schema';
import type {
  ItemAnswer,
  ItemAnswers,
  ProfileAnswers,
} from '../../core/rubric';

export interface ScoreInput {
  rubricId: string;
  profile: ProfileAnswers;
  answers: ItemAnswers;
}

export type ReadResult =
  { ok: true; input: ScoreInput } | { ok: false; errors: string[] };

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Recognises the document's form and converts it; errors name the field. */
export function readScoreInput(doc: unknown): ReadResult {
  if (isObject(doc) && typeof doc.rubric === 'string') return readPlain(doc);
  return {
    ok: false,
    errors: ['(document): expected {"rubric": "<id>", "profile", "answers"}'],
  };
}

function readPlain(doc: Record<string, unknown>): ReadResult {
  const errors: string[] = [];
  const profile: ProfileAnswers = {};
  const answers: ItemAnswers = {};
  const rawProfile = doc.profile ?? {};
  const rawAnswers = doc.answers ?? {};
  if (!isObject(rawProfile)) errors.push('profile: expected an object');
  else {
    for (const [id, value] of Object.entries(rawProfile)) {
      if (typeof value === 'string') profile[id] = value;
      else errors.push(`profile.${id}: expected an option id string`);
    }
  }
  if (!isObject(rawAnswers)) errors.push('answers: expected an object');
  else {
    for (const [id, value] of Object.entries(rawAnswers)) {
      const answer = readAnswer(value);
      if (typeof answer === 'string') errors.push(`answers.${id}: ${answer}`);
      else answers[id] = answer;
    }
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    input: { rubricId: doc.rubric as string, profile, answers },
  };
}

/** One answer in short form, or a message saying what is wrong with it. */
export function readAnswer(value: unknown): ItemAnswer | string {
  if (value === 'unclear') return { kind: 'unclear' };
  if (typeof value === 'string') return { kind: 'option', optionId: value };
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) {
      return { kind: 'options', optionIds: value };
    }
    return 'expected a list of option ids';
  }
  if (isObject(value) && 'notApplicable' in value) {
    const reason = value.notApplicable;
    return typeof reason === 'string' && reason.trim()
      ? { kind: 'not-applicable', justification: reason }
      : 'not applicable needs a written justification';
  }
  const full = itemAnswerSchema.safeParse(value);
  if (full.success) return full.data;
  return 'expected an option id, a list of them, "unclear" or {"notApplicable": "<why>"}';
}
