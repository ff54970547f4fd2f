import { describe, expect, it } from 'vitest';
import { readableQuote } from '@/components/common/quote-text';

describe('readableQuote', () => {
  it('marks the NUL pdf.js leaves for an unmapped ligature', () => {
    expect(readableQuote('di\u0000usion')).toBe('di\uFFFDusion');
  });

  it('keeps ordinary text, line breaks and markup as they are', () => {
    const text = 'a <b>bold</b>\nclaim\tend';
    expect(readableQuote(text)).toBe(text);
  });
});
