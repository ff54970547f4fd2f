import type { KeyMatch } from './fuzzy-search';
import { scoreCandidate, type QuoteKey } from './candidate-score';
import { buildGramIndex, type GramIndex } from './gram-index';
import { exactMatches, fuzzyMatches } from './key-matches';
import {
  normalizeText,
  toOriginalRange,
  type NormalizedText,
} from './normalize';
import { toQuoteKey } from './quote-key';
import type {
  Anchor,
  AnchorMethod,
  AnchorOptions,
  QuoteSelectors,
  TextPositionSelector,
} from './types';

// A fuzzy match may differ from the quote in a quarter of its characters.
// A bound is needed twice over: the scan's cost grows with it, and beyond it
// a "match" is mostly another sentence sharing common words. A quarter keeps
// a sentence whose citation or a few words were rewritten.
const DEFAULT_MAX_ERROR_RATE = 0.25;
/** Below this many key characters a loose match is only a suggestion. */
const SHORT_QUOTE = 24;
/** Fuzzy matches scoring below this are suggestions too. */
const CONFIDENT_SCORE = 0.75;

// Re-anchoring all quotes of a page passes the same text again and again;
// keeping the last key and its index avoids rebuilding them for every quote.
let last: { norm: NormalizedText; index: GramIndex } | null = null;

function keyOf(text: string): { norm: NormalizedText; index: GramIndex } {
  if (last?.norm.source !== text) {
    const norm = normalizeText(text);
    last = { norm, index: buildGramIndex(norm.key) };
  }
  return last;
}

/**
 * Finds a stored quote again in `text`: at its stored position if the text
 * there is unchanged, else by exact search of its matching key, else by a
 * bounded fuzzy search. Returns null when the quote is orphaned.
 */
export function anchorQuote(
  text: string,
  selectors: QuoteSelectors,
  options: AnchorOptions = {},
): Anchor | null {
  const stored = atStoredPosition(text, selectors);
  if (stored) return stored;

  const { norm, index } = keyOf(text);
  const quote = toQuoteKey(selectors, norm);
  if (!quote.key) return null;

  const exact = exactMatches(index, quote.key);
  if (exact.length > 0) return pickBest(norm, quote, exact, 'exact');

  const rate = options.maxErrorRate ?? DEFAULT_MAX_ERROR_RATE;
  const maxErrors = Math.max(1, Math.floor(quote.key.length * rate));
  const fuzzy = fuzzyMatches(index, quote.key, maxErrors);
  return fuzzy.length > 0 ? pickBest(norm, quote, fuzzy, 'fuzzy') : null;
}

/** Accepts the stored position when the text there still reads the quote. */
function atStoredPosition(
  text: string,
  { quote, position }: QuoteSelectors,
): Anchor | null {
  if (!position || !samePassage(text, position, quote.exact)) return null;
  const { start, end } = position;
  return { start, end, method: 'position', score: 1, needsConfirmation: false };
}

function samePassage(
  text: string,
  { start, end }: TextPositionSelector,
  exact: string,
): boolean {
  if (start < 0 || end > text.length || end <= start) return false;
  const found = text.slice(start, end);
  return (
    found === exact || normalizeText(found).key === normalizeText(exact).key
  );
}

/** Scores every candidate and maps the best one back to the original text. */
function pickBest(
  norm: NormalizedText,
  quote: QuoteKey,
  matches: KeyMatch[],
  method: AnchorMethod,
): Anchor {
  const ranked = matches
    .map((m) => ({
      m,
      ...scoreCandidate(quote, norm.key, m.start, m.end, m.errors),
    }))
    .sort((a, b) => b.score - a.score);
  const [best, runnerUp] = ranked as [(typeof ranked)[0], ...typeof ranked];

  // Two places that score alike cannot be told apart: let the reviewer choose.
  const tied = runnerUp !== undefined && runnerUp.score === best.score;
  const short = quote.key.length < SHORT_QUOTE;
  const loose =
    method === 'fuzzy'
      ? short || best.score < CONFIDENT_SCORE
      : short && best.context < 0.5;
  const { start, end } = toOriginalRange(norm, best.m.start, best.m.end);
  return {
    start,
    end,
    method,
    score: best.score,
    needsConfirmation: loose || tied,
  };
}
