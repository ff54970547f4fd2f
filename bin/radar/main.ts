/**
 * The `radar` command line: score an answers file, list rubrics, check and
 * tabulate exports. Returns the exit code instead of exiting so tests can
 * call it directly.
 */
import { listRubrics } from '../../core/rubric';
import { readCommandArgs, type Command } from './command-args';
import { fail } from './output';
import { ioProblem } from './read-json';
import { scoreCommand } from './score';
import { tableCommand } from './table';
import { validateCommand } from './validate';

const rubricsCommand: Command = {
  spec: {
    name: 'rubrics',
    usage: 'radar rubrics',
    files: 'none',
    help: 'Lists the built-in rubrics: id, version and name, tab-separated.\n',
  },
  async run() {
    for (const r of listRubrics()) {
      process.stdout.write(`${r.id}\t${r.version}\t${r.label}\n`);
    }
    return 0;
  },
};

const commands = [scoreCommand, rubricsCommand, validateCommand, tableCommand];

const help = `Usage: radar <command> [--help]

Commands:
${commands.map((c) => `  ${c.spec.usage}`).join('\n')}

Run radar <command> --help for what each one does.
`;

/** Runs one command; returns the process exit code. */
export async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(help);
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.spec.name === name);
  if (!command) {
    const what = name.startsWith('-') ? 'option' : 'command';
    return fail([`unknown ${what} "${name}" (see radar --help)`], 2);
  }
  const { spec } = command;
  const read = readCommandArgs(spec, rest);
  if (read.kind === 'help') {
    process.stdout.write(`Usage: ${spec.usage}\n\n${spec.help}`);
    return 0;
  }
  if (read.kind === 'error') {
    const usage = `usage: ${spec.usage} (see radar ${name} --help)`;
    return fail([read.message, usage], 2);
  }
  try {
    return await command.run(read.files, read.values);
  } catch (error) {
    // Commands report expected failures themselves; this keeps anything
    // they missed to one line instead of a stack trace.
    return fail([`${name}: ${ioProblem(error)}`]);
  }
}
