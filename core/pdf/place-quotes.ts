import { anchorQuote } from '../anchoring/anchor-quote';
import type { QuoteStatus, QuoteToShow } from '../evidence-protocol';
import { pageAt, type DocumentText } from './document-text';
import { itemPieces, type ItemPiece } from './text-pieces';

/** A quote to show and where it stands in a PDF's text. */
export interface PlacedPdfQuote {
  quote: QuoteToShow;
  status: QuoteStatus['status'];
  /** 1-based page where the quote starts; absent while it is orphaned. */
  page?: number;
  /** The text items to highlight; empty while orphaned or for a page note. */
  pieces: ItemPiece[];
}

/**
 * Finds every quote in a PDF's whole text (at its stored offsets, by its
 * text, or by a fuzzy match to confirm) and cuts each found range into
 * text items to highlight: a quote over a line, column or page break stays
 * one quote. A page note (no selectors) has nothing to find and counts as
 * anchored.
 */
export function placePdfQuotes(
  doc: DocumentText,
  quotes: readonly QuoteToShow[],
): PlacedPdfQuote[] {
  return quotes.map((quote) => {
    const [selector, position] = quote.selectors;
    if (!selector) return { quote, status: 'anchored', pieces: [] };
    const anchor = anchorQuote(doc.text, { quote: selector, position });
    if (!anchor) return { quote, status: 'orphaned', pieces: [] };
    return {
      quote,
      status: anchor.needsConfirmation ? 'needs-confirmation' : 'anchored',
      page: pageAt(doc, anchor.start),
      pieces: itemPieces(doc, anchor.start, anchor.end),
    };
  });
}

/** What the panel learns about each quote. */
export function pdfQuoteStatuses(placed: PlacedPdfQuote[]): QuoteStatus[] {
  return placed.map(({ quote, status, page }) =>
    page === undefined
      ? { id: quote.id, status }
      : { id: quote.id, status, page },
  );
}
