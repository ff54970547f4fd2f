import type { DocumentText } from './document-text';

/** The part of one text item that a range of the document text covers. */
export interface ItemPiece {
  /** 1-based page. */
  page: number;
  /** Index among the page's text items (and text layer spans). */
  item: number;
  /** Offsets inside the item's string. */
  from: number;
  to: number;
}

/**
 * The document text offset of a point inside a page's text item: page
 * 1-based, `item` its index, `offset` a position in its string.
 */
export function offsetOfItemPoint(
  doc: DocumentText,
  page: number,
  item: number,
  offset: number,
): number {
  const span = doc.pages[page - 1];
  const start = span?.itemStarts[item];
  if (span === undefined || start === undefined) {
    throw new RangeError(`No text item ${item} on page ${page}`);
  }
  return start + offset;
}

/**
 * Cuts `[start, end)` of the document text into per-item pieces, in
 * document order, so a quote running across lines, columns or pages can
 * be highlighted item by item. Line and page breaks fall between items and
 * produce no piece.
 */
export function itemPieces(
  doc: DocumentText,
  start: number,
  end: number,
): ItemPiece[] {
  const pieces: ItemPiece[] = [];
  doc.pages.forEach((span, index) => {
    if (span.end <= start || span.start >= end) return;
    span.itemStarts.forEach((itemStart, item) => {
      const itemEnd = span.itemEnds[item]!;
      const from = Math.max(start, itemStart);
      const to = Math.min(end, itemEnd);
      if (from < to) {
        pieces.push({
          page: index + 1,
          item,
          from: from - itemStart,
          to: to - itemStart,
        });
      }
    });
  });
  return pieces;
}
