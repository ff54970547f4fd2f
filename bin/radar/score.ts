/**
 * `radar score FILE`: scores an answers file or an exported assessment and
 * prints the report as JSON.
 */
import {
  checkAnswers,
  getRubric,
  listRubrics,
  scoreRubric,
} from '../../core/rubric';
import type { Command } from './command-args';
import { fail, fileProblems } from './output';
import { readJsonFile } from './read-json';
import { readScoreInput } from './read-input';

export const scoreCommand: Command = {
  spec: {
    name: 'score',
    usage: 'radar score FILE',
    files: 'one',
    help: `Scores an answers file or an exported assessment and prints the
report as JSON.

An answers file looks like:
  {"rubric": "metrics", "profile": {"C1": "yes"},
   "answers": {"M01": "yes", "M02": "unclear"}}
Answers may also be a list of option ids (cumulative items) or
{"notApplicable": "<justification>"} where the rubric allows it.
`,
  },
  run: ([file]) => score(file!),
};

async function score(file: string): Promise<number> {
  const read = await readJsonFile(file);
  if (!read.ok) return fail([`${file}: ${read.error}`]);
  const input = readScoreInput(read.json);
  if (!input.ok) return fail(fileProblems(file, input.errors));
  const { rubricId, profile, answers } = input.input;
  const rubric = getRubric(rubricId);
  if (!rubric) {
    const known = listRubrics()
      .map((r) => r.id)
      .join(', ');
    return fail([`${file}: rubric: unknown rubric "${rubricId}" (${known})`]);
  }
  const problems = checkAnswers(rubric, profile, answers);
  if (problems.length) return fail(fileProblems(file, problems));
  const report = scoreRubric(rubric, profile, answers);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}
