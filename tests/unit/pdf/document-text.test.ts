import { describe, expect, it } from 'vitest';
import {
  assembleDocumentText,
  hasText,
  itemPieces,
  offsetOfItemPoint,
  pageAt,
} from '@/core/pdf';

const item = (str: string, hasEOL = false) => ({ str, hasEOL });
const marker = { type: 'beginMarkedContent' };

// Page 1 reads "Deep learning\nworks." (13 + 1 + 6 = 20 characters), then
// the page break "\n\n" (20 and 21), then page 2 "Page two" from 22 to 30.
const pages = [
  [item('Deep'), item(' '), marker, item('learning', true), item('works.')],
  [item('Page two')],
];

describe('assembleDocumentText', () => {
  it('joins items, line ends and pages', () => {
    const doc = assembleDocumentText(pages);
    expect(doc.text).toBe('Deep learning\nworks.\n\nPage two');
    expect(doc.pages.map((p) => [p.start, p.end])).toEqual([
      [0, 20],
      [22, 30],
    ]);
  });

  it('skips marked content markers, as the text layer does', () => {
    const doc = assembleDocumentText(pages);
    expect(doc.pages[0]!.itemStarts).toEqual([0, 4, 5, 14]);
    expect(doc.pages[0]!.itemEnds).toEqual([4, 5, 13, 20]);
  });
});

describe('pageAt', () => {
  it('returns the 1-based page of an offset', () => {
    const doc = assembleDocumentText(pages);
    expect([0, 19, 22, 29].map((o) => pageAt(doc, o))).toEqual([1, 1, 2, 2]);
  });
});

describe('offsetOfItemPoint', () => {
  it('maps a point in a text item to the document offset', () => {
    const doc = assembleDocumentText(pages);
    expect(offsetOfItemPoint(doc, 1, 2, 3)).toBe(8); // "learning"[3]
    expect(offsetOfItemPoint(doc, 2, 0, 5)).toBe(27);
  });

  it('throws for an item the page does not have', () => {
    const doc = assembleDocumentText(pages);
    expect(() => offsetOfItemPoint(doc, 2, 4, 0)).toThrow(RangeError);
  });
});

describe('itemPieces', () => {
  it('cuts a range across a line end and a page break into items', () => {
    const doc = assembleDocumentText(pages);
    expect(itemPieces(doc, 9, 26)).toEqual([
      { page: 1, item: 2, from: 4, to: 8 },
      { page: 1, item: 3, from: 0, to: 6 },
      { page: 2, item: 0, from: 0, to: 4 },
    ]);
  });
});

describe('hasText', () => {
  it('tells a scan (blank items only) from a page with words', () => {
    expect(hasText(assembleDocumentText([[item(' ', true)], []]))).toBe(false);
    expect(hasText(assembleDocumentText(pages))).toBe(true);
  });
});
