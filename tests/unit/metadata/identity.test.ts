import { describe, expect, it } from 'vitest';
import { paperIdentity, samePaper } from '../../../core/metadata';
import type { PaperMetadata } from '../../../core/metadata';

function metadata(fields: Partial<PaperMetadata>): PaperMetadata {
  return {
    authors: [],
    relatedDois: [],
    issns: [],
    pageUrl: 'https://journal.example.org/a',
    canonicalUrl: 'https://journal.example.org/a',
    sources: {},
    ...fields,
  };
}

describe('paperIdentity', () => {
  it('keys on the lower-cased DOI and lists every other name as alias', () => {
    const identity = paperIdentity(
      metadata({
        doi: '10.5555/ABC.1',
        pmid: '31234567',
        pmcid: 'PMC6543210',
        arxivId: '2101.01234',
        pageUrl: 'https://journal.example.org/a?page=2#fig1',
        pdfUrl: 'https://journal.example.org/a.pdf',
        issns: ['2434-561X'],
        relatedDois: ['10.5555/preprint.1'],
      }),
    );
    expect(identity).toEqual({
      key: 'doi:10.5555/abc.1',
      aliases: [
        'pmid:31234567',
        'pmcid:PMC6543210',
        'arxiv:2101.01234',
        'url:https://journal.example.org/a',
        'url:https://journal.example.org/a?page=2',
        'url:https://journal.example.org/a.pdf',
      ],
    });
  });

  it.each([
    [{ pmid: '1', pmcid: 'PMC2' }, 'pmid:1'],
    [{ pmcid: 'PMC2', arxivId: '2101.01234' }, 'pmcid:PMC2'],
    [{ arxivId: 'hep-th/9901001', arxivVersion: 2 }, 'arxiv:hep-th/9901001'],
    [{}, 'url:https://journal.example.org/a'],
  ])('falls back in order of strength (%o)', (fields, key) => {
    expect(paperIdentity(metadata(fields)).key).toBe(key);
  });
});

describe('samePaper', () => {
  it('matches a later visit through an alias', () => {
    const publisher = metadata({ doi: '10.5555/x.1', pmid: '31234567' });
    const pubmed = metadata({
      pmid: '31234567',
      pageUrl: 'https://pubmed.ncbi.nlm.nih.gov/31234567/',
      canonicalUrl: 'https://pubmed.ncbi.nlm.nih.gov/31234567/',
    });
    expect(samePaper(publisher, pubmed)).toBe(true);
    expect(samePaper(paperIdentity(publisher), pubmed)).toBe(true);
  });

  it('matches DOIs whatever their case', () => {
    const a = metadata({ doi: '10.5555/X.1', pageUrl: 'https://a.example/1' });
    const b = metadata({ doi: '10.5555/x.1', pageUrl: 'https://b.example/2' });
    expect(samePaper(a, b)).toBe(true);
  });

  it('keeps apart records with different DOIs even at one URL', () => {
    const a = metadata({ doi: '10.5555/x.1' });
    const b = metadata({ doi: '10.5555/x.2' });
    expect(samePaper(a, b)).toBe(false);
  });

  it('keeps apart records that share nothing', () => {
    const a = metadata({ arxivId: '2101.01234' });
    const b = metadata({
      arxivId: '2101.01235',
      pageUrl: 'https://arxiv.org/abs/2101.01235',
      canonicalUrl: 'https://arxiv.org/abs/2101.01235',
    });
    expect(samePaper(a, b)).toBe(false);
  });
});
