import { describe, expect, it } from 'vitest';
import { describeQuote } from '../../../core/anchoring';

describe('describeQuote', () => {
  it('stores the quote with 32 characters of context on each side', () => {
    const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40);
    const { quote, position } = describeQuote(text, 40, 45);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'QUOTE',
      prefix: 'a'.repeat(32),
      suffix: 'b'.repeat(32),
    });
    expect(position).toEqual({
      type: 'TextPositionSelector',
      start: 40,
      end: 45,
    });
  });

  it('shortens the context at the edges of the text', () => {
    const { quote } = describeQuote('ab QUOTE cd', 3, 8);
    expect([quote.prefix, quote.suffix]).toEqual(['ab ', ' cd']);
  });
});
