/**
 * `radar validate FILE...`: checks export files (single assessments or
 * bundles) against the format and their rubrics, one line per file.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { readExportDocument, type AssessmentExport } from '../../core/export';

export type FileResult =
  | { ok: true; assessments: AssessmentExport[] }
  | { ok: false; errors: string[] };

/** Reads and checks one export file; problems never throw. */
export async function readExportFile(file: string): Promise<FileResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`cannot read (${(error as Error).message})`] };
  }
  try {
    return readExportDocument(JSON.parse(text));
  } catch (error) {
    return {
      ok: false,
      errors: [`invalid JSON (${(error as Error).message})`],
    };
  }
}

/** The files named, with each folder replaced by the .json files in it. */
export async function expandFolders(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const isFolder = await stat(p).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isFolder) out.push(p);
    else {
      const names = (await readdir(p)).filter((n) => n.endsWith('.json'));
      out.push(...names.sort().map((n) => path.join(p, n)));
    }
  }
  return out;
}

/** Runs the command; exit code 1 when any file is invalid. */
export async function validate(args: string[]): Promise<number> {
  if (args.length === 0) {
    process.stderr.write('radar: validate needs at least one FILE\n');
    return 2;
  }
  let invalid = 0;
  for (const file of await expandFolders(args)) {
    const result = await readExportFile(file);
    if (result.ok) {
      const n = result.assessments.length;
      process.stdout.write(
        `${file}: ok (${n} assessment${n === 1 ? '' : 's'})\n`,
      );
    } else {
      invalid++;
      process.stdout.write(`${file}: ${result.errors.join('; ')}\n`);
    }
  }
  return invalid ? 1 : 0;
}
