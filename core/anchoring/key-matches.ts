import { findStart, searchEnds, type KeyMatch } from './fuzzy-search';
import { forEachOccurrence, GRAM, type GramIndex } from './gram-index';
import { compilePattern } from './myers';
import { likelyPlaces } from './piece-filter';

/** Exact hits scored beyond this say nothing more about a very common quote. */
const MAX_EXACT_HITS = 512;
/** Quotes up to one machine word long are scanned over the whole text. */
const WORD = 32;
/** Near-best matches kept per whole-text scan. */
const MAX_SCAN_MATCHES = 32;

/** Returns every exact occurrence of `quote` in the key (up to a cap). */
export function exactMatches(index: GramIndex, quote: string): KeyMatch[] {
  const found: KeyMatch[] = [];
  const add = (at: number) => {
    found.push({ start: at, end: at + quote.length, errors: 0 });
    return found.length < MAX_EXACT_HITS;
  };
  if (quote.length >= GRAM) {
    forEachOccurrence(index, quote, add);
    return found;
  }
  const { key } = index;
  for (let at = key.indexOf(quote); at !== -1 && add(at);) {
    at = key.indexOf(quote, at + 1);
  }
  return found;
}

/**
 * Returns approximate occurrences of `quote` in `key` with at most
 * `maxErrors` edits. A short quote costs one integer operation per text
 * character, so the whole text is scanned; a longer one is only verified
 * where the piece filter points.
 */
export function fuzzyMatches(
  index: GramIndex,
  quote: string,
  maxErrors: number,
): KeyMatch[] {
  const { key } = index;
  const pattern = compilePattern(quote);
  const reversed = compilePattern(quote, true);
  const withStart = ({ end, errors }: { end: number; errors: number }) => ({
    start: findStart(reversed, key, end),
    end,
    errors,
  });
  if (quote.length <= WORD) {
    return searchEnds(
      pattern,
      key,
      0,
      key.length,
      maxErrors,
      MAX_SCAN_MATCHES,
    ).map(withStart);
  }
  const found: KeyMatch[] = [];
  for (const place of likelyPlaces(index, quote, maxErrors)) {
    const from = Math.max(0, place.first - maxErrors);
    const to = Math.min(key.length, place.last + quote.length + maxErrors);
    const [best] = searchEnds(pattern, key, from, to, maxErrors, 1);
    if (best) found.push(withStart(best));
  }
  return found;
}
