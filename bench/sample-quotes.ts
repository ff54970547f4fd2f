import { describeQuote } from '../core/anchoring';
import type { QuoteSelectors } from '../core/anchoring';

const MIN_LENGTH = 30;
const MAX_LENGTH = 200;

/**
 * Picks every `step`-th sentence-sized span of `text` (30 to 200 characters
 * ending at '.', '!' or '?'), with the selectors a reviewer's selection would
 * have stored. Deterministic: the same text gives the same quotes.
 */
export function sampleQuotes(text: string, step: number): QuoteSelectors[] {
  const quotes: QuoteSelectors[] = [];
  const sentence = /[A-Z][^.!?\n]*[.!?]/g;
  let seen = 0;
  for (const m of text.matchAll(sentence)) {
    if (m[0].length < MIN_LENGTH || m[0].length > MAX_LENGTH) continue;
    if (seen++ % step !== 0) continue;
    quotes.push(describeQuote(text, m.index, m.index + m[0].length));
  }
  return quotes;
}
