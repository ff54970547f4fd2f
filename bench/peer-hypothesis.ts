/**
 * The way the Hypothesis client re-anchors a quote, rebuilt from its
 * documented approach, as the benchmark's reference: accept the stored
 * position if the text there equals the quote; otherwise find every exact
 * occurrence, or if there is none every best approximate match allowing
 * min(256, quote length / 2) errors (approx-string-match); then rank the
 * candidates by quote similarity (weight 50), prefix and suffix similarity
 * (20 each) and closeness to the stored position (2).
 */
import search from 'approx-string-match';
import type { QuoteSelectors } from '../core/anchoring';

interface Found {
  start: number;
  end: number;
  errors: number;
}

function exactOrApprox(
  text: string,
  quote: string,
  maxErrors: number,
): Found[] {
  const found: Found[] = [];
  for (
    let at = text.indexOf(quote);
    at !== -1;
    at = text.indexOf(quote, at + 1)
  ) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found.length > 0 ? found : search(text, quote, maxErrors);
}

/** 1 minus the fewest edits of `context` inside `around`, per character. */
function similarity(around: string, context: string): number {
  if (!context || !around) return 0;
  const [best] = exactOrApprox(around, context, context.length);
  return best ? 1 - best.errors / context.length : 0;
}

/** Re-anchors `selectors` in `text`; null when the quote is empty. */
export function peerAnchor(
  text: string,
  { quote, position }: QuoteSelectors,
): { start: number; end: number } | null {
  if (position && text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end };
  }
  const { exact, prefix, suffix } = quote;
  if (!exact) return null;
  const found = exactOrApprox(text, exact, Math.min(256, exact.length / 2));
  let best: Found | null = null;
  let bestScore = -1;
  for (const f of found) {
    const before = text.slice(Math.max(0, f.start - prefix.length), f.start);
    const after = text.slice(f.end, f.end + suffix.length);
    const place = position
      ? 1 - Math.abs(f.start - position.start) / text.length
      : 1;
    const score =
      50 * (1 - f.errors / exact.length) +
      20 * (prefix ? similarity(before, prefix) : 1) +
      20 * (suffix ? similarity(after, suffix) : 1) +
      2 * place;
    if (score > bestScore) [best, bestScore] = [f, score];
  }
  return best && { start: best.start, end: best.end };
}
