import type { EvidenceExport } from './format-schema';

/**
 * How a printed page note reads: "p. 3: <note>". A page note is evidence
 * on a PDF without a text layer: no quoted text, only the reviewer's words
 * about one page. Undefined for a quote, which prints its own text.
 */
export function pageNoteText(quote: EvidenceExport): string | undefined {
  if (quote.selectors.length > 0) return undefined;
  const page = quote.source.page === null ? '' : `p. ${quote.source.page}: `;
  return `${page}${quote.comment ?? ''}`;
}
