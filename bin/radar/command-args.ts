/**
 * Reads one command's arguments with Node's `util.parseArgs`, and turns
 * every mistake into a message that names the flag or the missing FILE.
 */
import { parseArgs } from 'node:util';

/** What a command accepts: its usage line, value options and FILE count. */
export interface CommandSpec {
  name: string;
  /** E.g. `radar score FILE`. */
  usage: string;
  /** The text `radar <command> --help` prints below the usage line. */
  help: string;
  /** Options taking a value, e.g. `{ out: 'FILE' }`. */
  options?: Record<string, string>;
  files: 'none' | 'one' | 'many';
}

/** A command: how it reads its arguments and what it does with them. */
export interface Command {
  spec: CommandSpec;
  run(files: string[], values: Record<string, string>): Promise<number>;
}

export type CommandArgs =
  | { kind: 'run'; files: string[]; values: Record<string, string> }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

/** The FILEs and option values given, a request for help, or the mistake. */
export function readCommandArgs(
  spec: CommandSpec,
  args: string[],
): CommandArgs {
  const options = Object.fromEntries(
    Object.keys(spec.options ?? {}).map((name) => [name, stringOption]),
  );
  // Not strict: parseArgs would then throw with its own wording; the
  // tokens let this function name each mistake itself.
  const { tokens } = parseArgs({
    args,
    options: { ...options, help: { type: 'boolean', short: 'h' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) {
    return { kind: 'help' };
  }
  const values: Record<string, string> = {};
  const files: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') files.push(token.value);
    if (token.kind !== 'option') continue;
    if (!(token.name in options)) {
      return { kind: 'error', message: `unknown option ${token.rawName}` };
    }
    if (!token.value || (token.value.startsWith('-') && !token.inlineValue)) {
      const value = spec.options![token.name];
      return { kind: 'error', message: `${token.rawName} needs a ${value}` };
    }
    values[token.name] = token.value;
  }
  const problem = fileCountProblem(spec, files);
  if (problem) return { kind: 'error', message: problem };
  return { kind: 'run', files, values };
}

const stringOption = { type: 'string' } as const;

function fileCountProblem(spec: CommandSpec, files: string[]): string | null {
  const { name } = spec;
  if (spec.files === 'none' && files.length) {
    return `${name} takes no FILE, got "${files[0]}"`;
  }
  if (spec.files !== 'none' && files.length === 0) {
    return spec.files === 'one'
      ? `${name} needs a FILE`
      : `${name} needs at least one FILE`;
  }
  if (spec.files === 'one' && files.length > 1) {
    return `${name} takes one FILE, got ${files.length} (run it once per file)`;
  }
  return null;
}
