/**
 * `radar table FILE... --out scores.csv [--form wide|long|robvis]`: gathers
 * exported assessments (files, bundles or folders of them) into one CSV.
 */
import { writeFile } from 'node:fs/promises';
import {
  longTable,
  robvisLegend,
  robvisTable,
  wideTable,
  type AssessmentExport,
  type TableResult,
} from '../../core/export';
import { expandFolders, readExportFile } from './validate';

const forms = ['wide', 'long', 'robvis'] as const;
type Form = (typeof forms)[number];

interface TableArgs {
  files: string[];
  out?: string;
  form: Form;
}

/** Runs the command; a CSV without --out goes to standard output. */
export async function table(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return fail([parsed], 2);
  const docs: AssessmentExport[] = [];
  const problems: string[] = [];
  for (const file of await expandFolders(parsed.files)) {
    const result = await readExportFile(file);
    if (result.ok) docs.push(...result.assessments);
    else problems.push(...result.errors.map((e) => `${file}: ${e}`));
  }
  if (problems.length) return fail(problems);
  const result = build(parsed.form, docs);
  if (!result.ok) return fail([result.error]);
  const csv = `${result.csv}\r\n`;
  if (parsed.out) await writeFile(parsed.out, csv, 'utf8');
  else process.stdout.write(csv);
  if (parsed.form === 'robvis') {
    const legend = robvisLegend(docs[0]!.scores.domains).join('\n');
    (parsed.out ? process.stdout : process.stderr).write(`${legend}\n`);
  }
  return 0;
}

function build(form: Form, docs: AssessmentExport[]): TableResult {
  if (form === 'wide') return wideTable(docs);
  if (form === 'robvis') return robvisTable(docs);
  return { ok: true, csv: longTable(docs) };
}

function parseArgs(args: string[]): TableArgs | string {
  const out: TableArgs = { files: [], form: 'wide' };
  for (let n = 0; n < args.length; n++) {
    const arg = args[n]!;
    if (arg === '--out') out.out = args[++n];
    else if (arg === '--form') {
      const form = args[++n] as Form;
      if (!forms.includes(form)) return `--form: expected ${forms.join(', ')}`;
      out.form = form;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else out.files.push(arg);
  }
  if (out.files.length === 0) return 'table needs at least one FILE';
  if ('out' in out && !out.out) return '--out needs a file name';
  return out;
}

function fail(messages: string[], code = 1): number {
  for (const m of messages) process.stderr.write(`radar: ${m}\n`);
  return code;
}
