import { describe, expect, it } from 'vitest';
import {
  parseArxivId,
  parseIdentifier,
  parseIssn,
} from '../../../core/metadata/identifiers';
import { identifiersFromUrl } from '../../../core/metadata/url-identifiers';

describe('parseIdentifier', () => {
  it.each([
    ['doi:10.1000/xyz', { kind: 'doi', value: '10.1000/xyz' }],
    ['ISSN 0378-5955', { kind: 'issn', value: '0378-5955' }],
    ['issn:2434561x', { kind: 'issn', value: '2434-561X' }],
    ['2434-561x', { kind: 'issn', value: '2434-561X' }],
    ['info:pmid/31234567', { kind: 'pmid', value: '31234567' }],
    ['PMID: 31234567', { kind: 'pmid', value: '31234567' }],
    ['pmc6543210', { kind: 'pmcid', value: 'PMC6543210' }],
    ['arXiv:2101.01234v2', { kind: 'arxiv', value: '2101.01234', version: 2 }],
  ])('classifies %s', (raw, expected) => {
    expect(parseIdentifier(raw)).toEqual(expected);
  });

  it('does not take a bare number or an ISBN for an identifier', () => {
    expect(parseIdentifier('31234567')).toBeUndefined();
    expect(parseIdentifier('978-3-16-148410-0')).toBeUndefined();
  });
});

describe('parseArxivId', () => {
  it('reads old-style ids with and without subject class', () => {
    expect(parseArxivId('hep-th/9901001v1')).toEqual({
      kind: 'arxiv',
      value: 'hep-th/9901001',
      version: 1,
    });
    expect(parseArxivId('math.GT/0309136')?.value).toBe('math.GT/0309136');
  });
});

describe('parseIssn', () => {
  it('rejects values of another shape', () => {
    expect(parseIssn('12345-678')).toBeUndefined();
  });
});

describe('identifiersFromUrl', () => {
  it.each([
    [
      'https://doi.org/10.1148/radiol.2020191145',
      'doi',
      '10.1148/radiol.2020191145',
    ],
    [
      'https://pubs.rsna.org/doi/full/10.1148/radiol.2020191145',
      'doi',
      '10.1148/radiol.2020191145',
    ],
    [
      'https://www.frontiersin.org/articles/10.3389/fonc.2021.636351/full',
      'doi',
      '10.3389/fonc.2021.636351',
    ],
    [
      'https://link.springer.com/content/pdf/10.1007/s00330-020-07141-9.pdf',
      'doi',
      '10.1007/s00330-020-07141-9',
    ],
    [
      'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0123456',
      'doi',
      '10.1371/journal.pone.0123456',
    ],
    ['https://pubmed.ncbi.nlm.nih.gov/31234567/', 'pmid', '31234567'],
    ['https://www.ncbi.nlm.nih.gov/pubmed/31234567', 'pmid', '31234567'],
    [
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC6543210/',
      'pmcid',
      'PMC6543210',
    ],
    [
      'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6543210/',
      'pmcid',
      'PMC6543210',
    ],
    ['https://europepmc.org/article/MED/31234567', 'pmid', '31234567'],
    ['https://arxiv.org/abs/2101.01234v2', 'arxiv', '2101.01234'],
    ['https://arxiv.org/pdf/2101.01234v2.pdf', 'arxiv', '2101.01234'],
    ['https://arxiv.org/abs/hep-th/9901001', 'arxiv', 'hep-th/9901001'],
  ])('reads %s', (url, kind, value) => {
    expect(identifiersFromUrl(url)).toContainEqual(
      expect.objectContaining({ kind, value }),
    );
  });

  it('reads the arXiv version', () => {
    expect(identifiersFromUrl('https://arxiv.org/abs/2101.01234v2')[0]).toEqual(
      { kind: 'arxiv', value: '2101.01234', version: 2 },
    );
  });

  it('finds nothing in an ordinary URL', () => {
    expect(
      identifiersFromUrl('https://greenelab.github.io/deep-review/'),
    ).toEqual([]);
    expect(identifiersFromUrl('not a url')).toEqual([]);
  });
});
