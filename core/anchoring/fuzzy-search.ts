import { scanScores, type Pattern } from './myers';

/** A place in the key where the quote matches with `errors` edits. */
export interface KeyMatch {
  start: number;
  end: number;
  errors: number;
}

let scores = new Int32Array(1024);

function scratch(size: number): Int32Array {
  if (scores.length < size) scores = new Int32Array(size * 2);
  return scores;
}

/**
 * Finds where `end` best pairs with a start: the start whose span has the
 * fewest edits against the quote, preferring the length closest to the quote.
 */
export function findStart(reversed: Pattern, key: string, end: number): number {
  const m = reversed.length;
  const count = Math.min(end, m + (m >> 1));
  const out = scratch(count);
  scanScores(reversed, key, end - 1, count, -1, true, out);
  let best = m;
  let bestLength = 0;
  for (let j = 0; j < count; j++) {
    const length = j + 1;
    const score = out[j]!;
    const closer = Math.abs(length - m) < Math.abs(bestLength - m);
    if (score < best || (score === best && closer)) {
      best = score;
      bestLength = length;
    }
  }
  return end - bestLength;
}

/**
 * Searches `key[from, to)` for the pattern and returns the ends of the
 * locally best matches with at most `maxErrors` edits (at most `limit`,
 * fewest edits first).
 */
export function searchEnds(
  pattern: Pattern,
  key: string,
  from: number,
  to: number,
  maxErrors: number,
  limit: number,
): { end: number; errors: number }[] {
  const count = to - from;
  if (count <= 0) return [];
  const out = scratch(count);
  scanScores(pattern, key, from, count, 1, false, out);
  const found: { end: number; errors: number }[] = [];
  for (let j = 0; j < count; j++) {
    const s = out[j]!;
    if (s > maxErrors) continue;

    // Keep only the first end of a valley: neighbouring ends of one match
    // differ by one deleted or inserted character and are not new places.
    if (j > 0 && out[j - 1]! <= s) continue;
    if (j + 1 < count && out[j + 1]! < s) continue;
    found.push({ end: from + j + 1, errors: s });
  }
  found.sort((a, b) => a.errors - b.errors);
  return found.slice(0, limit);
}
