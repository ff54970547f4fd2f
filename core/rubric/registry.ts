/**
 * The built-in rubrics, validated once when this module loads. RADAR comes
 * first because it is the default rubric.
 */
import metrics from '../rubrics/metrics.json';
import radar from '../rubrics/radar.json';
import rqs1 from '../rubrics/rqs1.json';
import rqs2 from '../rubrics/rqs2.json';
import { parseRubric } from './parse-rubric';
import type { Rubric } from './types';

function load(json: unknown, file: string): Rubric {
  const result = parseRubric(json);
  if (!result.ok) {
    // A broken built-in rubric is a programming error, not a reviewer's.
    throw new Error(`core/rubrics/${file}:\n${result.errors.join('\n')}`);
  }
  return result.rubric;
}

const builtIn: readonly Rubric[] = [
  load(radar, 'radar.json'),
  load(metrics, 'metrics.json'),
  load(rqs1, 'rqs1.json'),
  load(rqs2, 'rqs2.json'),
];

/** All built-in rubrics, the default (RADAR) first. */
export function listRubrics(): readonly Rubric[] {
  return builtIn;
}

/** The built-in rubric with this id, or undefined. */
export function getRubric(id: string): Rubric | undefined {
  return builtIn.find((r) => r.id === id);
}

/** The built-in rubric with this id; throws when there is none. */
export function requireRubric(id: string): Rubric {
  const rubric = getRubric(id);
  if (!rubric) throw new Error(`no built-in rubric "${id}"`);
  return rubric;
}
