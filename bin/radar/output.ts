/**
 * What the command line prints besides its results: one `radar: ...` line
 * per problem on standard error, and long problem lists cut short.
 */

/** How many individual problems a file shows before "and N more". */
export const PROBLEM_CAP = 5;

/** Prints each message as one `radar: ...` line; returns the exit code. */
export function fail(messages: string[], code = 1): number {
  for (const m of messages) process.stderr.write(`radar: ${m}\n`);
  return code;
}

/** Prints a remark that is not a failure, e.g. rows left out of a table. */
export function note(message: string): void {
  process.stderr.write(`radar: note: ${message}\n`);
}

/**
 * The first few problems and a count of the rest: after a handful, more
 * lines of the same kind hide the cause rather than show it.
 */
export function capProblems(problems: string[], cap = PROBLEM_CAP): string[] {
  if (problems.length <= cap + 1) return problems;
  return [...problems.slice(0, cap), `and ${problems.length - cap} more`];
}

/** Prefixes each problem with the file it belongs to, after capping. */
export function fileProblems(file: string, problems: string[]): string[] {
  return capProblems(problems).map((p) => `${file}: ${p}`);
}
