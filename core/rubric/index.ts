/** Public face of the rubric engine. */
export * from './types';
export { parseRubric, formatPath, type ParseResult } from './parse-rubric';
export { rubricSchema, ruleSchema, rubricJsonSchema } from './rubric-schema';
export {
  itemAnswerSchema,
  itemAnswersSchema,
  profileAnswersSchema,
  checkAnswers,
} from './answer-schema';
export { listRubrics, getRubric, requireRubric } from './registry';
export { resolveProfile, ruleHolds, itemApplies, isLocked } from './profile';
export { scoreRubric } from './score';
export { round1, bandOf } from './tally';
export { suggestReadinessLevel } from './readiness';
export {
  creditReader,
  deriveMetrics,
  deriveRqs2,
  rqs2Method,
  rqs2Points,
} from './radar-derived';
