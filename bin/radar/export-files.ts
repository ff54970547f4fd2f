/**
 * Finds and reads export files (single assessments or bundles) named on the
 * command line, folders included. Problems come back as messages.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { readExportDocument, type AssessmentExport } from '../../core/export';
import { ioProblem, readJsonFile } from './read-json';

export type FileResult =
  | { ok: true; assessments: AssessmentExport[] }
  | { ok: false; errors: string[] };

/** A file to read, or a folder that could not be listed. */
export type FileEntry = { file: string; error?: string };

/** Reads and checks one export file; problems never throw. */
export async function readExportFile(file: string): Promise<FileResult> {
  const read = await readJsonFile(file);
  if (!read.ok) return { ok: false, errors: [read.error] };
  return readExportDocument(read.json);
}

/** The paths named, with each folder replaced by the .json files in it. */
export async function expandFolders(paths: string[]): Promise<FileEntry[]> {
  const out: FileEntry[] = [];
  for (const p of paths) {
    const isFolder = await stat(p).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isFolder) {
      out.push({ file: p });
      continue;
    }
    try {
      const names = (await readdir(p)).filter((n) => n.endsWith('.json'));
      // Silence would read as "all valid" when nothing was checked.
      if (names.length === 0) out.push({ file: p, error: 'no .json files' });
      out.push(...names.sort().map((n) => ({ file: path.join(p, n) })));
    } catch (error) {
      out.push({ file: p, error: `cannot list (${ioProblem(error)})` });
    }
  }
  return out;
}
