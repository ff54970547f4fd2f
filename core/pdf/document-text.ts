/**
 * The whole text of a PDF as one string, assembled from pdf.js text content,
 * with the way from a page's text item to an offset in that string and back.
 * Quotes are described and anchored in this string, so the viewer can find
 * them again without rendering every page.
 */

/** The part of a pdf.js text content item this module reads. */
export interface PdfTextItem {
  str: string;
  hasEOL: boolean;
}

/** Where one page's text lies in the document text. */
export interface PageSpan {
  start: number;
  end: number;
  /**
   * Offset where each text item's string begins, in the order of the page's
   * text items (marked-content markers left out), which is also the order of
   * pdf.js's text layer spans.
   */
  itemStarts: number[];
  /** Offset where each text item's string ends (before its line break). */
  itemEnds: number[];
}

export interface DocumentText {
  text: string;
  /** Index 0 is page 1. */
  pages: PageSpan[];
}

/** Pages are separated by a blank line, so no word runs across pages. */
const PAGE_BREAK = '\n\n';

/**
 * Joins every page's text items into one string: an item's string, then a
 * line break where pdf.js saw a line end. Items without `str` (marked
 * content markers) are skipped, as pdf.js's text layer skips them.
 */
export function assembleDocumentText(
  pages: ReadonlyArray<ReadonlyArray<object>>,
): DocumentText {
  const parts: string[] = [];
  const spans: PageSpan[] = [];
  let length = 0;
  const push = (part: string) => {
    parts.push(part);
    length += part.length;
  };
  pages.forEach((items, index) => {
    if (index > 0) push(PAGE_BREAK);
    const span: PageSpan = {
      start: length,
      end: length,
      itemStarts: [],
      itemEnds: [],
    };
    for (const item of items) {
      if (!isTextItem(item)) continue;
      span.itemStarts.push(length);
      push(item.str);
      span.itemEnds.push(length);
      if (item.hasEOL) push('\n');
    }
    span.end = length;
    spans.push(span);
  });
  return { text: parts.join(''), pages: spans };
}

/** The 1-based page holding `offset` (a page break counts for the next). */
export function pageAt(doc: DocumentText, offset: number): number {
  let lo = 0;
  let hi = doc.pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (doc.pages[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Whether the document has any text to select (a scan has none). */
export function hasText(doc: DocumentText): boolean {
  return /\S/.test(doc.text);
}

function isTextItem(item: object): item is PdfTextItem {
  return typeof (item as Partial<PdfTextItem>).str === 'string';
}
