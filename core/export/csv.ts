/**
 * CSV writing shared by the tables: RFC 4180 quoting and CRLF line ends
 * through papaparse, plus the one-rubric rule of the wide and robvis forms.
 */
import Papa from 'papaparse';
import type { AssessmentExport } from './format-schema';

export type Cell = string | number | boolean | null;

export type TableResult =
  { ok: true; csv: string } | { ok: false; error: string };

/**
 * A CSV text with a header row. Text cells that start like a formula
 * (= + - @, tab or carriage return) get a leading apostrophe: titles and
 * quotes come from web pages, and a spreadsheet must not run them.
 */
export function toCsv(header: string[], rows: Cell[][]): string {
  return Papa.unparse(
    { fields: header, data: rows },
    { newline: '\r\n', escapeFormulae: true },
  );
}

/** A percentage cell: the number, or "n/a" when nothing applies. */
export function percentCell(percentage: number | null): Cell {
  return percentage === null ? 'n/a' : percentage;
}

/**
 * Null when all assessments use one rubric version, else a message saying
 * which ones are mixed (a table per rubric makes sense, a mix does not).
 */
export function mixedRubricsError(docs: AssessmentExport[]): string | null {
  if (docs.length === 0) return 'no assessments to tabulate';
  const counts = new Map<string, number>();
  for (const doc of docs) {
    const name = `${doc.rubric.id} ${doc.rubric.version}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (counts.size === 1) return null;
  const list = [...counts].map(([name, n]) => `${name} (${n})`).join(', ');
  return `the assessments use more than one rubric: ${list}; make one table per rubric`;
}
