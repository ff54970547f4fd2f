import type { EvidenceSource } from '@/core/assessment/types';

/** Where a quote was taken: "PDF p. 7" (or "PDF" without a page), "article". */
export function originLabel(source: EvidenceSource): string {
  if (source.kind === 'html') return 'article';
  return source.page === undefined ? 'PDF' : `PDF p. ${source.page}`;
}

/**
 * Where to read a quote the page now shown cannot hold, because it was
 * taken from the paper's other form: "in the PDF, p. 7", "in the article".
 */
export function otherFormLabel(source: EvidenceSource): string {
  if (source.kind === 'html') return 'in the article';
  return source.page === undefined
    ? 'in the PDF'
    : `in the PDF, p. ${source.page}`;
}
