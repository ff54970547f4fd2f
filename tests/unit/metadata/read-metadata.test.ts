import { describe, expect, it } from 'vitest';
import { readPaperMetadata } from '../../../core/metadata';
import { documentOf, fixture } from './dom';

describe('readPaperMetadata', () => {
  describe('with Highwire, PRISM and Dublin Core tags together', () => {
    const url =
      'https://journal.example.org/article/glioma-radiomics?utm_source=news&page=2#sec3';
    const meta = readPaperMetadata(fixture('highwire-full.html', url), url);

    it('prefers Highwire values over the other vocabularies', () => {
      expect(meta.title).toBe('Radiomics of glioma: a multicentre study');
      expect(meta.journal).toBe('Journal of Example Radiology');
      expect(meta.publisher).toBe('Example Press');
      expect(meta.sources).toMatchObject({
        title: 'highwire',
        journal: 'highwire',
        doi: 'highwire',
      });
    });

    it('keeps the authors in byline order', () => {
      expect(meta.authors).toEqual([
        'Kowalski, Marta',
        'Nguyen, Bao',
        'Okafor, Chidi',
      ]);
      expect(meta.firstAuthor).toBe('Kowalski, Marta');
    });

    it('reads the date, volume, issue and pages', () => {
      expect(meta).toMatchObject({
        date: '2020-07-09',
        year: 2020,
        volume: '41',
        issue: '3',
        firstPage: '210',
        lastPage: '219',
      });
    });

    it('reads the identifiers and every distinct ISSN', () => {
      expect(meta.doi).toBe('10.5555/JER.2020.41.3.210');
      expect(meta.pmid).toBe('32654321');
      expect(meta.issns).toEqual(['0378-5955', '2434-561X']);
    });

    it('resolves the PDF and canonical links against the page URL', () => {
      expect(meta.pdfUrl).toBe(
        'https://journal.example.org/article/glioma-radiomics.pdf',
      );
      expect(meta.canonicalUrl).toBe(
        'https://journal.example.org/article/glioma-radiomics',
      );
      expect(meta.pageUrl).toBe(url);
    });

    it('ignores an og:url naming the home page and cleans the page URL', () => {
      const doc = fixture('highwire-full.html', url);
      doc.querySelector('link[rel="canonical"]')?.remove();
      expect(readPaperMetadata(doc, url).canonicalUrl).toBe(
        'https://journal.example.org/article/glioma-radiomics?page=2',
      );
    });
  });

  describe('with a JSON-LD ScholarlyArticle in a graph', () => {
    const url = 'https://repo.example.org/records/77';
    const meta = readPaperMetadata(fixture('json-ld-graph.html', url), url);

    it('reads the article past a malformed script and a WebPage wrapper', () => {
      expect(meta.title).toBe('Delta radiomics for treatment response');
      expect(meta.sources.title).toBe('json-ld');
      expect(meta.authors).toEqual(['Sofia Rossi', 'Tomás Silva']);
      expect(meta.date).toBe('2023-02-01');
      expect(meta.publisher).toBe('Example Publishing');
    });

    it('reads the periodical, volume and issue from the isPartOf chain', () => {
      expect(meta).toMatchObject({
        journal: 'Example Oncology Imaging',
        volume: '9',
        issue: '2',
        firstPage: '77',
        lastPage: '85',
      });
      expect(meta.issns).toEqual(['1050-124X', '0378-5955']);
    });

    it('reads identifiers from PropertyValues and sameAs links', () => {
      expect(meta.doi).toBe('10.5555/DRTR.2023.5');
      expect(meta.pmcid).toBe('PMC9876543');
      expect(meta.pmid).toBe('36543210');
    });
  });

  describe('with mixed dc.identifier forms', () => {
    const url = 'https://lib.example.org/item/17';
    const meta = readPaperMetadata(fixture('identifier-forms.html', url), url);

    it('takes the info:doi form and leaves the ISBN and ISSNs out', () => {
      expect(meta.doi).toBe('10.5555/lung.2022.17');
      expect(meta.sources.doi).toBe('dublin-core');
      expect(meta.pmid).toBe('35123456');
      expect(meta.issns).toEqual(['2434-561X', '0378-5955']);
      expect(meta.volume).toBe('12');
    });
  });

  describe('with DOIs only in the visible text', () => {
    it('never takes a DOI from the reference list', () => {
      const url = 'https://notes.example.org/feature-stability';
      const doc = fixture('reference-list-doi.html', url);
      const meta = readPaperMetadata(doc, url);
      expect(meta.doi).toBeUndefined();
      expect(meta.relatedDois).toEqual([]);
    });

    it('takes the labelled DOI of the header, skipping navigation and hidden text', () => {
      const url = 'https://journal.example.org/harmonising';
      const doc = fixture('labelled-doi-and-references.html', url);
      const meta = readPaperMetadata(doc, url);
      expect(meta.doi).toBe('10.5555/Own.2021.042');
      expect(meta.sources.doi).toBe('text');
    });

    it('prefers a DOI found in the URL over one in the text', () => {
      const url = 'https://journal.example.org/doi/full/10.5555/url.7';
      const doc = fixture('labelled-doi-and-references.html', url);
      const meta = readPaperMetadata(doc, url);
      expect(meta.doi).toBe('10.5555/url.7');
      expect(meta.sources.doi).toBe('url');
    });
  });

  describe('with an arXiv page', () => {
    it('reads the id and version from the URL', () => {
      const url = 'https://arxiv.org/abs/2101.01234v3';
      const meta = readPaperMetadata(fixture('issn-article-b.html', url), url);
      expect(meta.arxivId).toBe('2101.01234');
      expect(meta.arxivVersion).toBe(3);
    });
  });
});

describe('readPaperMetadata with an arXiv DataCite DOI', () => {
  it('derives the arXiv id from the DOI', () => {
    const url = 'https://example.org/paper';
    const html =
      '<meta name="citation_doi" content="10.48550/arXiv.2101.01234">';
    const meta = readPaperMetadata(documentOf(html, url), url);
    expect(meta.arxivId).toBe('2101.01234');
    expect(meta.sources.arxivId).toBe('highwire');
  });
});
