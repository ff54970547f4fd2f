/**
 * Reads an answers document into rubric id, profile and item answers. The
 * one place that knows document forms: the plain answers file and an
 * exported assessment (core/export), re-scored from its answers.
 */
import {
  ASSESSMENT_FORMAT,
  BUNDLE_FORMAT,
  readExportDocument,
} from '../../core/export';
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
  if (isObject(doc) && doc.format === BUNDLE_FORMAT) {
    return {
      ok: false,
      errors: ['(document): score one assessment at a time, not a bundle'],
    };
  }
  if (isObject(doc) && doc.format === ASSESSMENT_FORMAT) return readExport(doc);
  const problems = isObject(doc) ? unknownKeys(doc) : [];
  return {
    ok: false,
    errors: [
      '(document): expected {"rubric": "<id>", "profile", "answers"}',
      ...problems,
    ],
  };
}

const plainKeys = ['rubric', 'profile', 'answers'];

// A misspelt key would otherwise leave its answers out and score 0 %
// without a word.
function unknownKeys(doc: Record<string, unknown>): string[] {
  const unknown = Object.keys(doc).filter((k) => !plainKeys.includes(k));
  if (unknown.length === 0) return [];
  const s = unknown.length === 1 ? '' : 's';
  const names = unknown.map((k) => JSON.stringify(k)).join(', ');
  return [
    `(document): unknown key${s} ${names} (known keys: ${plainKeys.join(', ')})`,
  ];
}

function readPlain(doc: Record<string, unknown>): ReadResult {
  const errors: string[] = unknownKeys(doc);
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

function readExport(doc: unknown): ReadResult {
  const read = readExportDocument(doc);
  if (!read.ok) return read;
  const [exported] = read.assessments;
  const profile: ProfileAnswers = {};
  for (const [id, entry] of Object.entries(exported!.profile)) {
    profile[id] = entry.option;
  }
  const answers: ItemAnswers = {};
  for (const item of exported!.items) {
    if (item.answer) answers[item.id] = item.answer;
  }
  return {
    ok: true,
    input: { rubricId: exported!.rubric.id, profile, answers },
  };
}
