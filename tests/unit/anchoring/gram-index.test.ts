import { describe, expect, it } from 'vitest';
import {
  buildGramIndex,
  forEachOccurrence,
} from '../../../core/anchoring/gram-index';

function occurrences(key: string, text: string): number[] {
  const found: number[] = [];
  forEachOccurrence(buildGramIndex(key), text, (at) => found.push(at) > 0);
  return found;
}

describe('forEachOccurrence', () => {
  it('lists every occurrence in order, overlapping ones included', () => {
    // "abababab" occurs at 0, 2 and 4 in "abababababab" (12 characters).
    expect(occurrences('abababababab', 'abababab')).toEqual([0, 2, 4]);
  });

  it('verifies the whole text, not only its first eight characters', () => {
    expect(
      occurrences('deep learning, deep learners', 'deep learners'),
    ).toEqual([15]);
  });

  it('finds nothing for an absent text', () => {
    expect(occurrences('deep learning', 'shallow l')).toEqual([]);
  });
});
