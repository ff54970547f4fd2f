import { describe, expect, it } from 'vitest';
import { looksLikeArticle } from '../../../core/metadata';
import { documentOf, fixture } from './dom';

const BLOG = '<title>My holiday</title><h1>My holiday</h1><p>Sun.</p>';

describe('looksLikeArticle', () => {
  it('accepts a page with Highwire tags', () => {
    const doc = fixture('highwire-full.html', 'https://journal.example.org/x');
    expect(looksLikeArticle(doc)).toBe(true);
  });

  it('accepts a JSON-LD ScholarlyArticle', () => {
    const doc = fixture('json-ld-graph.html', 'https://repo.example.org/77');
    expect(looksLikeArticle(doc)).toBe(true);
  });

  it('accepts a DOI in Dublin Core', () => {
    const doc = fixture('identifier-forms.html', 'https://lib.example.org/1');
    expect(looksLikeArticle(doc)).toBe(true);
  });

  it.each([
    'https://pubmed.ncbi.nlm.nih.gov/31234567/',
    'https://arxiv.org/abs/2101.01234',
    'https://onlinelibrary.wiley.com/doi/10.1002/mp.14000',
  ])('accepts a bare page at %s', (url) => {
    expect(looksLikeArticle(documentOf(BLOG, url))).toBe(true);
  });

  it('rejects an ordinary page', () => {
    expect(looksLikeArticle(documentOf(BLOG, 'https://blog.example/'))).toBe(
      false,
    );
  });

  it('rejects a page whose only identifier is a journal ISSN', () => {
    const doc = fixture('issn-article-a.html', 'https://journal.example.org/a');
    expect(looksLikeArticle(doc)).toBe(false);
  });

  it('rejects a reference list without an abstract', () => {
    const html = `${BLOG}<ol class="references"><li>doi:10.5555/a</li></ol>`;
    expect(looksLikeArticle(documentOf(html, 'https://wiki.example/x'))).toBe(
      false,
    );
  });
});
