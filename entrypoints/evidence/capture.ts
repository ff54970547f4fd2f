import {
  buildTextMap,
  describeQuote,
  offsetsFromRange,
} from '@/core/anchoring';
import type { CaptureReply } from '@/core/evidence-protocol';

/**
 * Describes the reader's selection in `doc` as a quote: its text with
 * context and its offsets over the text of `document.body`, the same text
 * the quote is anchored in later.
 */
export function captureSelection(doc: Document, url: string): CaptureReply {
  const selection = doc.getSelection();
  const range =
    selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const map = buildTextMap(doc.body);
  const offsets = range ? offsetsFromRange(map, range) : null;
  const trimmed = offsets && trimOffsets(map.text, offsets.start, offsets.end);
  if (!trimmed) {
    return {
      ok: false,
      reason: 'no-selection',
      message: 'Select a passage of the article first.',
    };
  }
  const { quote, position } = describeQuote(map.text, ...trimmed);
  return {
    ok: true,
    quote: { selectors: [quote, position], source: { url, kind: 'html' } },
  };
}

/**
 * Drops the white space a drag or a triple click takes along at either end
 * of a selection; null when nothing but white space is left.
 */
export function trimOffsets(
  text: string,
  start: number,
  end: number,
): [number, number] | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? [start, end] : null;
}

/** The page's address without its fragment, which only names a place. */
export function pageAddress(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}
