/**
 * `radar table FILE... [--out FILE] [--form wide|long|robvis]`: gathers
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
import type { Command } from './command-args';
import {
  dropDuplicates,
  duplicatesNote,
  type FoundAssessment,
} from './drop-duplicates';
import { expandFolders, readExportFile } from './export-files';
import { fail, fileProblems, note } from './output';
import { ioProblem } from './read-json';

const forms = ['wide', 'long', 'robvis'] as const;
type Form = (typeof forms)[number];

export const tableCommand: Command = {
  spec: {
    name: 'table',
    usage: 'radar table FILE... [--out FILE] [--form wide|long|robvis]',
    files: 'many',
    options: { out: 'FILE', form: 'FORM' },
    help: `Gathers exported assessments (files, bundles, folders of .json files)
into one CSV table, one row per assessment id: when the same assessment
is found twice, the copy updated last is kept and a note says so.

  --out FILE   write the CSV to FILE instead of standard output
  --form FORM  wide (default: one row per assessment), long (one row per
               item) or robvis (domain judgements for robvis)
`,
  },
  run: (files, values) => table(files, values.out, values.form ?? 'wide'),
};

async function table(paths: string[], out?: string, form = 'wide') {
  if (!forms.includes(form as Form)) {
    return fail([`--form: expected ${forms.join(', ')}, got "${form}"`], 2);
  }
  const found = await gather(paths);
  if (!Array.isArray(found)) return fail(found.problems);
  if (found.length === 0) return fail(['no exported assessments found']);
  const { kept, dropped } = dropDuplicates(found);
  if (dropped.length) note(duplicatesNote(dropped));
  const docs = kept.map((k) => k.assessment);
  const result = build(form as Form, docs);
  if (!result.ok) return fail([result.error]);
  const csv = `${result.csv}\r\n`;
  if (!out) process.stdout.write(csv);
  else {
    try {
      await writeFile(out, csv, 'utf8');
    } catch (error) {
      return fail([`${out}: cannot write (${ioProblem(error)})`]);
    }
  }
  if (form === 'robvis') {
    const legend = robvisLegend(docs[0]!.scores.domains).join('\n');
    (out ? process.stdout : process.stderr).write(`${legend}\n`);
  }
  return 0;
}

/** Every assessment in the paths, or the problems of the files that fail. */
async function gather(
  paths: string[],
): Promise<FoundAssessment[] | { problems: string[] }> {
  const found: FoundAssessment[] = [];
  const problems: string[] = [];
  for (const { file, error } of await expandFolders(paths)) {
    const result = error
      ? { ok: false as const, errors: [error] }
      : await readExportFile(file);
    if (!result.ok) problems.push(...fileProblems(file, result.errors));
    else
      found.push(...result.assessments.map((a) => ({ file, assessment: a })));
  }
  return problems.length ? { problems } : found;
}

function build(form: Form, docs: AssessmentExport[]): TableResult {
  if (form === 'wide') return wideTable(docs);
  if (form === 'robvis') return robvisTable(docs);
  return { ok: true, csv: longTable(docs) };
}
