import { describe, expect, it } from 'vitest';
import {
  normalizeText,
  toKeyOffset,
  toOriginalRange,
} from '../../../core/anchoring';

const keyOf = (text: string) => normalizeText(text).key;

describe('normalizeText', () => {
  it('collapses white space runs to one space', () => {
    expect(keyOf('deep \n\t learning')).toBe('deep learning');
  });

  it('lower-cases and folds typographic quotes and dashes', () => {
    expect(keyOf('“Deep” ‘nets’ 1990–2000')).toBe('"deep" \'nets\' 1990-2000');
  });

  it('spells out ligatures', () => {
    expect(keyOf('classi\uFB01cation e\uFB00ect')).toBe(
      'classification effect',
    );
  });

  it('drops soft hyphens, NUL and zero-width spaces', () => {
    expect(keyOf('classi\u00ADfi\u0000ca\u200Btion')).toBe('classification');
  });

  it('joins a word split by a line-end hyphen', () => {
    expect(keyOf('classi-\nfication')).toBe(keyOf('classification'));
  });

  it('gives a compound the same key whether or not it is split', () => {
    expect(keyOf('meta-\nanalysis')).toBe(keyOf('meta-analysis'));
  });

  it('keeps a hyphen that is not between letters', () => {
    expect(keyOf('p - 1, 3-fold')).toBe('p - 1, 3-fold');
  });

  it('strips accents from precomposed and decomposed letters alike', () => {
    expect(keyOf('caf\u00E9')).toBe(keyOf('cafe\u0301'));
  });
});

describe('toOriginalRange', () => {
  it('maps a key range across a ligature back to the original', () => {
    const text = 'A classi\uFB01cation task';
    const norm = normalizeText(text);
    const start = norm.key.indexOf('classification');
    const range = toOriginalRange(norm, start, start + 'classification'.length);
    // "A " is 2 characters; the word is 13 characters with the ligature.
    expect(range).toEqual({ start: 2, end: 15 });
  });

  it('covers a whole collapsed white space run', () => {
    const norm = normalizeText('a   b');
    expect(toOriginalRange(norm, 1, 2)).toEqual({ start: 1, end: 4 });
  });
});

describe('toKeyOffset', () => {
  it('finds the key offset of an original offset after collapsed spaces', () => {
    const norm = normalizeText('a   b c');
    // Original offset 4 is "b", which is key offset 2 ("a b c").
    expect(toKeyOffset(norm, 4)).toBe(2);
  });
});
