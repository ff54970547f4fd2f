import { anchorQuote, buildTextMap, rangeFromOffsets } from '@/core/anchoring';
import type { TextMap } from '@/core/anchoring';
import type { QuoteStatus, QuoteToShow } from '@/core/evidence-protocol';

/** A quote to show and where it stands in the page. */
export interface PlacedQuote {
  quote: QuoteToShow;
  /** Null while the quote is orphaned. */
  range: Range | null;
  status: QuoteStatus['status'];
}

/**
 * Finds every quote in the text of `root`: at its stored position, else by
 * its exact text, else by a fuzzy match that may need the reviewer's
 * confirmation. A quote found nowhere is orphaned, never dropped.
 */
export function placeQuotes(root: Node, quotes: QuoteToShow[]): PlacedQuote[] {
  const map = buildTextMap(root);
  return quotes.map((quote) => placeQuote(map, quote));
}

function placeQuote(map: TextMap, quote: QuoteToShow): PlacedQuote {
  const [selector, position] = quote.selectors;
  const anchor =
    selector && anchorQuote(map.text, { quote: selector, position });
  const range = anchor ? rangeFromOffsets(map, anchor.start, anchor.end) : null;
  if (!anchor || !range) return { quote, range: null, status: 'orphaned' };
  const status = anchor.needsConfirmation ? 'needs-confirmation' : 'anchored';
  return { quote, range, status };
}

/** What the panel learns about each quote. */
export function statusesOf(placed: PlacedQuote[]): QuoteStatus[] {
  return placed.map(({ quote, status }) => ({ id: quote.id, status }));
}
