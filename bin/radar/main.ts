/**
 * The `radar` command line: score an answers file, list rubrics, help.
 * Returns the exit code instead of exiting so tests can call it directly.
 */
import { readFile } from 'node:fs/promises';
import {
  checkAnswers,
  getRubric,
  listRubrics,
  scoreRubric,
} from '../../core/rubric';
import { readScoreInput } from './read-input';
import { table } from './table';
import { validate } from './validate';

const help = `Usage: radar <command>

Commands:
  score FILE   score an answers file or an exported assessment and print
               the report as JSON
  rubrics      list the built-in rubrics and their versions
  validate FILE...
               check exported assessments and bundles, one line per file
  table FILE... [--out scores.csv] [--form wide|long|robvis]
               gather exports (files, bundles, folders) into one CSV table
  --help       show this help

An answers file looks like:
  {"rubric": "metrics", "profile": {"C1": "yes"},
   "answers": {"M01": "yes", "M02": "unclear"}}
Answers may also be a list of option ids (cumulative items) or
{"notApplicable": "<justification>"} where the rubric allows it.
`;

/** Runs one command; returns the process exit code. */
export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(help);
    return command ? 0 : 2;
  }
  if (command === 'rubrics') {
    for (const r of listRubrics()) {
      process.stdout.write(`${r.id}\t${r.version}\t${r.label}\n`);
    }
    return 0;
  }
  if (command === 'score' && rest.length === 1) return score(rest[0]!);
  if (command === 'validate') return validate(rest);
  if (command === 'table') return table(rest);
  return fail([`unknown command "${args.join(' ')}" (see radar --help)`], 2);
}

function fail(messages: string[], code = 1): number {
  for (const m of messages) process.stderr.write(`radar: ${m}\n`);
  return code;
}

async function score(file: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return fail([`${file}: cannot read (${(error as Error).message})`]);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return fail([`${file}: invalid JSON (${(error as Error).message})`]);
  }
  const read = readScoreInput(doc);
  if (!read.ok) return fail(read.errors.map((e) => `${file}: ${e}`));
  const { rubricId, profile, answers } = read.input;
  const rubric = getRubric(rubricId);
  if (!rubric) {
    const known = listRubrics()
      .map((r) => r.id)
      .join(', ');
    return fail([`${file}: rubric: unknown rubric "${rubricId}" (${known})`]);
  }
  const problems = checkAnswers(rubric, profile, answers);
  if (problems.length) return fail(problems.map((p) => `${file}: ${p}`));
  const report = scoreRubric(rubric, profile, answers);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}
