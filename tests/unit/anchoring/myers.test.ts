import { describe, expect, it } from 'vitest';
import { compilePattern, scanScores } from '../../../core/anchoring/myers';

function scores(pattern: string, text: string, anchored: boolean): number[] {
  const out = new Int32Array(text.length);
  scanScores(compilePattern(pattern), text, 0, text.length, 1, anchored, out);
  return [...out];
}

describe('scanScores', () => {
  it('gives the edit distance of two words when anchored', () => {
    // kitten -> sitting: two substitutions and one insertion.
    expect(scores('kitten', 'sitting', true).at(-1)).toBe(3);
  });

  it('finds a one-error match anywhere in the text when searching', () => {
    // "abd" ends at index 4 and differs from "abc" by one substitution.
    expect(scores('abc', 'xxabdxx', false)).toEqual([3, 3, 2, 1, 1, 2, 3]);
  });

  it('counts a pattern longer than one machine word correctly', () => {
    const pattern = 'x'.repeat(40) + 'y'.repeat(30);
    const text = 'x'.repeat(40) + 'z' + 'y'.repeat(29);
    // One substitution (the first y became z).
    expect(scores(pattern, text, true).at(-1)).toBe(1);
  });

  it('reads the text backwards with a reversed pattern', () => {
    const text = 'hello world';
    const out = new Int32Array(5);
    scanScores(compilePattern('world', true), text, 10, 5, -1, true, out);
    expect(out[4]).toBe(0);
  });
});
