/** A text item with its font height, as pdf.js's text content gives it. */
export interface SizedTextItem {
  str: string;
  hasEOL: boolean;
  height: number;
}

// The title sits near the top of page 1, but a side column (dates, editor,
// licence) may come first in reading order; 80 items reach past it.
const SEARCHED_ITEMS = 80;
const MAX_LENGTH = 300;

/**
 * Guesses a paper's title from its first page: the first run of text set in
 * the largest font among the page's opening items. Returns undefined for a
 * page without text. A paper whose journal name is printed larger than its
 * title gets the journal name: callers treat this as a guess.
 */
export function firstPageHeading(
  items: ReadonlyArray<Partial<SizedTextItem>>,
): string | undefined {
  const sized = items
    .slice(0, SEARCHED_ITEMS)
    .filter((item): item is SizedTextItem => typeof item.str === 'string');
  const largest = Math.max(0, ...sized.filter(hasWords).map((i) => i.height));
  const first = sized.findIndex((i) => hasWords(i) && near(i.height, largest));
  if (largest === 0 || first < 0) return undefined;

  // Blank items (spaces, line ends) carry no height; they do not end the run.
  const parts: string[] = [];
  for (const item of sized.slice(first)) {
    if (hasWords(item) && !near(item.height, largest)) break;
    parts.push(item.str, item.hasEOL ? ' ' : '');
  }
  const heading = parts.join('').replace(/\s+/g, ' ').trim();
  return heading.slice(0, MAX_LENGTH) || undefined;
}

function hasWords(item: SizedTextItem): boolean {
  return /\S/.test(item.str);
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.5;
}
