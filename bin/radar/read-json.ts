/**
 * Reads a JSON file for the command line. Every failure comes back as one
 * short message (never a thrown error), so commands print it as one line.
 */
import { readFile } from 'node:fs/promises';

export type JsonResult =
  { ok: true; json: unknown } | { ok: false; error: string };

// Windows editors often save UTF-8 with a byte order mark, which
// JSON.parse refuses although the text is otherwise fine.
const BOM = '\uFEFF';

/** The parsed content of a JSON file, or what went wrong reading it. */
export async function readJsonFile(file: string): Promise<JsonResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, error: `cannot read (${ioProblem(error)})` };
  }
  if (text.startsWith(BOM)) text = text.slice(BOM.length);
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `invalid JSON (${(error as Error).message})` };
  }
}

const reasons: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

/** A file system error in plain words, without Node's call details. */
export function ioProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && code in reasons) return reasons[code]!;
  return error instanceof Error ? error.message : String(error);
}
