import { describe, expect, it } from 'vitest';
import {
  looksLikeArticle,
  paperIdentity,
  readPaperMetadata,
  samePaper,
} from '../../../core/metadata';
import { corpusDocument } from './dom';

// Expected values read by hand from the <head> and the opening paragraphs
// of the corpus files.
const TITLE =
  'Opportunities and obstacles for deep learning in biology and medicine';
const PUBLISHED_VERSION = '10.1098/rsif.2017.0387';

describe('deep-review-2021-12-28.html (Highwire tags, no citation_doi)', () => {
  const url =
    'https://greenelab.github.io/deep-review/?utm_campaign=share#abstract';
  const doc = corpusDocument('deep-review-2021-12-28.html', url);
  const meta = readPaperMetadata(doc, url);

  it('looks like an article', () => {
    expect(looksLikeArticle(doc)).toBe(true);
  });

  it('reads title, authors, date and journal from the citation tags', () => {
    expect(meta.title).toBe(`${TITLE} [update in progress]`);
    expect(meta.authors).toEqual([
      'Brock C. Christensen',
      'Anthony Gitter',
      'Daniel S. Himmelstein',
      'Alexander J. Titus',
      'Joshua J. Levy',
      'Casey S. Greene',
      'Daniel C. Elton',
    ]);
    expect(meta.firstAuthor).toBe('Brock C. Christensen');
    expect(meta.date).toBe('2021-12-28');
    expect(meta.year).toBe(2021);
    expect(meta.journal).toBe('Manubot');
    expect(meta.publisher).toBe('Manubot');
    expect(meta.sources).toMatchObject({
      title: 'highwire',
      authors: 'highwire',
      publisher: 'dublin-core',
    });
  });

  it('reads the PDF and canonical URLs', () => {
    expect(meta.pdfUrl).toBe(
      'https://greenelab.github.io/deep-review/manuscript.pdf',
    );
    expect(meta.canonicalUrl).toBe('https://greenelab.github.io/deep-review/');
    expect(meta.sources.canonicalUrl).toBe('html');
  });

  it('keeps the published version DOI of its banner as related only', () => {
    expect(meta.doi).toBeUndefined();
    expect(meta.relatedDois).toEqual([PUBLISHED_VERSION]);
    expect(meta.pmid ?? meta.pmcid ?? meta.arxivId).toBeUndefined();
    expect(meta.issns).toEqual([]);
  });

  it('is named by its canonical URL, with the PDF as alias', () => {
    expect(paperIdentity(meta)).toEqual({
      key: 'url:https://greenelab.github.io/deep-review/',
      aliases: ['url:https://greenelab.github.io/deep-review/manuscript.pdf'],
    });
  });
});

describe('deep-review-2018-04-09.html (no citation tags)', () => {
  const url =
    'https://greenelab.github.io/deep-review/v/5df298135b65c72d164f69571fb303c5d1db21b2/';
  const doc = corpusDocument('deep-review-2018-04-09.html', url);
  const meta = readPaperMetadata(doc, url);

  it('looks like an article by its abstract and references', () => {
    expect(looksLikeArticle(doc)).toBe(true);
  });

  it('falls back to the title element, author tags and dcterms.date', () => {
    expect(meta.title).toBe(TITLE);
    expect(meta.sources.title).toBe('html');
    expect(meta.authors).toHaveLength(36);
    expect(meta.firstAuthor).toBe('Travers Ching');
    expect(meta.authors.at(-1)).toBe('Casey S. Greene');
    expect(meta.date).toBe('2018-04-09');
    expect(meta.sources.date).toBe('dublin-core');
    expect(meta.journal).toBeUndefined();
    expect(meta.pdfUrl).toBeUndefined();
  });

  it('keeps the published version DOI as related, not as its own', () => {
    expect(meta.doi).toBeUndefined();
    expect(meta.relatedDois).toEqual([PUBLISHED_VERSION]);
  });

  it('is named by its page URL and stays apart from the 2021 version', () => {
    expect(paperIdentity(meta).key).toBe(`url:${url}`);
    const later = 'https://greenelab.github.io/deep-review/';
    const other = readPaperMetadata(
      corpusDocument('deep-review-2021-12-28.html', later),
      later,
    );
    expect(samePaper(meta, other)).toBe(false);
  });
});
