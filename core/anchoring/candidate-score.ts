import { contextSimilarity, type ContextPattern } from './context';

/** A stored quote turned into matching keys, ready to score candidates. */
export interface QuoteKey {
  key: string;
  prefix: ContextPattern | null;
  suffix: ContextPattern | null;
  /** Key offset where the quote was stored, when a position is known. */
  hint: number | null;
}

/** A candidate's score and the share of its context that still matches. */
export interface CandidateScore {
  score: number;
  context: number;
}

// The quote itself weighs most; each context side is worth less, since
// revisions often rewrite a neighbouring sentence. Position only breaks ties
// between equal-looking candidates: paper revisions move whole sections.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 4;
const TOTAL = QUOTE_WEIGHT + 2 * CONTEXT_WEIGHT + POSITION_WEIGHT;

/**
 * Scores the key span `start..end` holding the quote with `errors` edits,
 * from 0 (nothing alike) to 1 (same quote, same context, same place).
 */
export function scoreCandidate(
  quote: QuoteKey,
  key: string,
  start: number,
  end: number,
  errors: number,
): CandidateScore {
  const similarity = 1 - errors / quote.key.length;
  const before = contextSimilarity(quote.prefix, key, start, 'prefix');
  const after = contextSimilarity(quote.suffix, key, end, 'suffix');
  const position =
    quote.hint === null ? 1 : 1 - Math.abs(start - quote.hint) / key.length;
  const raw =
    QUOTE_WEIGHT * similarity +
    CONTEXT_WEIGHT * (before + after) +
    POSITION_WEIGHT * position;
  return { score: raw / TOTAL, context: (before + after) / 2 };
}
