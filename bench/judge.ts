/**
 * The benchmark's notion of a correct anchor, applied alike to every
 * matcher: the found text, and the found text with as much context as was
 * stored, are each within an edit distance of a tenth of their length of the
 * stored quote (with its context). Both sides are lower-cased with white
 * space collapsed first, so layout differences cost nothing.
 */
import type { QuoteSelectors } from '../core/anchoring';

const TOLERANCE = 0.1;

function simplify(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ');
}

/** Plain Levenshtein distance (two-row dynamic programming). */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + same);
    }
    prev = row;
  }
  return prev[b.length]!;
}

function close(found: string, expected: string): boolean {
  const [a, b] = [simplify(found), simplify(expected)];
  return levenshtein(a, b) <= TOLERANCE * b.length;
}

/** True when `text[start, end)` is the stored quote's passage. */
export function isCorrect(
  text: string,
  { quote }: QuoteSelectors,
  start: number,
  end: number,
): boolean {
  const found = text.slice(start, end);
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  return (
    close(found, quote.exact) &&
    close(before + found + after, quote.prefix + quote.exact + quote.suffix)
  );
}
