import { compileContext } from './context';
import type { QuoteKey } from './candidate-score';
import { normalizeText, toKeyOffset, type NormalizedText } from './normalize';
import type { QuoteSelectors } from './types';

/** Context compared on each side: the stored selectors hold about this much. */
const CONTEXT_LENGTH = 32;

/**
 * Turns stored selectors into matching keys. Spaces around the quote are
 * trimmed: selections often start or end on a space the new text may lack.
 */
export function toQuoteKey(
  selectors: QuoteSelectors,
  text: NormalizedText,
): QuoteKey {
  const { quote, position } = selectors;
  const prefix = normalizeText(quote.prefix).key.slice(-CONTEXT_LENGTH);
  const suffix = normalizeText(quote.suffix).key.slice(0, CONTEXT_LENGTH);
  return {
    key: normalizeText(quote.exact).key.trim(),
    prefix: compileContext(prefix, 'prefix'),
    suffix: compileContext(suffix, 'suffix'),
    hint: position ? toKeyOffset(text, position.start) : null,
  };
}
