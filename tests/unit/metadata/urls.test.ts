import { describe, expect, it } from 'vitest';
import { cleanUrl } from '../../../core/metadata/urls';

describe('cleanUrl', () => {
  it('drops the fragment and tracking parameters only', () => {
    expect(
      cleanUrl('https://a.example/x?utm_source=mail&id=3&fbclid=abc#top'),
    ).toBe('https://a.example/x?id=3');
  });

  it('resolves a relative URL against the page', () => {
    expect(cleanUrl('../pdf/1.pdf', 'https://a.example/articles/1')).toBe(
      'https://a.example/pdf/1.pdf',
    );
  });

  it('refuses what is not an http(s) URL', () => {
    expect(cleanUrl('javascript:void(0)')).toBeUndefined();
    expect(cleanUrl('::')).toBeUndefined();
  });
});
