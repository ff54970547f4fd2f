import type { EvidenceEntry, EvidenceSource } from '@/core/assessment/types';
import type { QuoteStatus } from '@/core/evidence-protocol';

/**
 * Where a quote stands for the panel: what the page reported, 'pending'
 * until it has, 'note' for a page note (nothing to find), and 'other-form'
 * for a quote taken from the paper's other form that this page lacks.
 */
export type QuoteState =
  QuoteStatus['status'] | 'pending' | 'note' | 'other-form';

/**
 * The state of a quote from the page's report on it. A quote the page
 * lost is orphaned only when it came from the form of the paper now shown:
 * a PDF quote the article does not contain still stands in the PDF. With
 * the page's kind unknown, a lost quote counts as orphaned.
 */
export function quoteState(
  entry: EvidenceEntry,
  reported: QuoteStatus['status'] | undefined,
  pageKind: EvidenceSource['kind'] | undefined,
  verdict: (reported: QuoteStatus['status'] | undefined) => QuoteState,
): QuoteState {
  if (entry.selectors.length === 0) return 'note';
  const elsewhere = pageKind !== undefined && entry.source.kind !== pageKind;
  if (reported === 'orphaned' && elsewhere) return 'other-form';
  return verdict(reported);
}
