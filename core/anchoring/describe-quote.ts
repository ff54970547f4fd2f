import type { TextPositionSelector, TextQuoteSelector } from './types';

/** Characters of context stored on each side of a quote. */
const CONTEXT_LENGTH = 32;

/**
 * Describes the selection `text[start, end)` with the two selectors stored
 * for an evidence quote: its text with some context, and its offsets.
 */
export function describeQuote(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const before = avoidSplitPair(text, Math.max(0, start - CONTEXT_LENGTH), 1);
  const after = avoidSplitPair(
    text,
    Math.min(text.length, end + CONTEXT_LENGTH),
    -1,
  );
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(before, start),
      suffix: text.slice(end, after),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Moves a cut off the middle of a surrogate pair, by `step`. */
function avoidSplitPair(text: string, at: number, step: 1 | -1): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at + step : at;
}
