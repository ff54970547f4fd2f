import type { ItemAnswers, ProfileAnswers } from '../rubric/types';
import type { Assessment } from './types';

/** The profile answers of an assessment, as the scoring functions take them. */
export function profileAnswersOf(assessment: Assessment): ProfileAnswers {
  const answers: ProfileAnswers = {};
  for (const [id, entry] of Object.entries(assessment.profile)) {
    answers[id] = entry.option;
  }
  return answers;
}

/** The item answers of an assessment, leaving out unanswered items. */
export function itemAnswersOf(assessment: Assessment): ItemAnswers {
  const answers: ItemAnswers = {};
  for (const [id, entry] of Object.entries(assessment.items)) {
    if (entry.answer) answers[id] = entry.answer;
  }
  return answers;
}
