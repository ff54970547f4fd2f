/**
 * `radar validate FILE...`: checks export files (single assessments or
 * bundles) against the format and their rubrics, one line per file.
 */
import type { Command } from './command-args';
import { expandFolders, readExportFile } from './export-files';
import { capProblems } from './output';

export const validateCommand: Command = {
  spec: {
    name: 'validate',
    usage: 'radar validate FILE...',
    files: 'many',
    help: `Checks exported assessments and bundles (files, or folders of .json
files) against the export format and their rubrics. Prints one line per
file: "ok" or its first problems. Exits 1 when any file is invalid.
`,
  },
  run: (files) => validate(files),
};

async function validate(paths: string[]): Promise<number> {
  let invalid = 0;
  for (const { file, error } of await expandFolders(paths)) {
    const result = error
      ? { ok: false as const, errors: [error] }
      : await readExportFile(file);
    if (result.ok) {
      const n = result.assessments.length;
      process.stdout.write(
        `${file}: ok (${n} assessment${n === 1 ? '' : 's'})\n`,
      );
    } else {
      invalid++;
      process.stdout.write(
        `${file}: ${capProblems(result.errors).join('; ')}\n`,
      );
    }
  }
  return invalid ? 1 : 0;
}
