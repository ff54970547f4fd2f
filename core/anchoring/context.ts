import { compilePattern, scanScores, type Pattern } from './myers';

/** A prefix or suffix prepared for scoring at many candidate places. */
export interface ContextPattern {
  pattern: Pattern;
  length: number;
}

let scores = new Int32Array(128);

/** Prepares a key prefix (read backwards from a quote) or suffix. */
export function compileContext(
  text: string,
  side: 'prefix' | 'suffix',
): ContextPattern | null {
  if (!text) return null;
  return {
    pattern: compilePattern(text, side === 'prefix'),
    length: text.length,
  };
}

/**
 * Similarity (0 to 1) of a stored context to the key text beside a candidate:
 * the prefix must end at `at`, the suffix must start at `at`. A missing
 * context counts as matching, as nothing contradicts the candidate.
 */
export function contextSimilarity(
  ctx: ContextPattern | null,
  key: string,
  at: number,
  side: 'prefix' | 'suffix',
): number {
  if (!ctx) return 1;

  // Allow the span beside the candidate to be longer than the context, so an
  // inserted word costs one edit per character and not a shifted alignment.
  const room = side === 'prefix' ? at : key.length - at;
  const count = Math.min(room, ctx.length + (ctx.length >> 2) + 2);
  if (scores.length < count) scores = new Int32Array(count * 2);
  const from = side === 'prefix' ? at - 1 : at;
  scanScores(
    ctx.pattern,
    key,
    from,
    count,
    side === 'prefix' ? -1 : 1,
    true,
    scores,
  );
  let best = ctx.length;
  for (let j = 0; j < count; j++) best = Math.min(best, scores[j]!);
  return 1 - best / ctx.length;
}
