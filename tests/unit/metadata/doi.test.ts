import { describe, expect, it } from 'vitest';
import {
  doiKey,
  findAllDois,
  findDoi,
  normalizeDoi,
  sameDoi,
} from '../../../core/metadata/doi';

describe('normalizeDoi', () => {
  it.each([
    ['10.1148/radiol.2020191145', '10.1148/radiol.2020191145'],
    ['doi:10.1148/radiol.2020191145', '10.1148/radiol.2020191145'],
    ['DOI: 10.1148/radiol.2020191145.', '10.1148/radiol.2020191145'],
    ['https://doi.org/10.1148/radiol.2020191145', '10.1148/radiol.2020191145'],
    [
      'http://dx.doi.org/10.1148/radiol.2020191145',
      '10.1148/radiol.2020191145',
    ],
    ['info:doi/10.1000/xyz123', '10.1000/xyz123'],
    ['urn:doi:10.1000/xyz123', '10.1000/xyz123'],
    ['https://doi.org/10.1000%2Fxyz123', '10.1000/xyz123'],
    ['  10.1000/ABC ', '10.1000/ABC'],
  ])('cleans %s', (raw, expected) => {
    expect(normalizeDoi(raw)).toBe(expected);
  });

  it('keeps parentheses that belong to the DOI', () => {
    expect(normalizeDoi('(10.1016/S0140-6736(20)30183-5)')).toBeUndefined();
    expect(findDoi('see (10.1016/S0140-6736(20)30183-5).')).toBe(
      '10.1016/S0140-6736(20)30183-5',
    );
  });

  it('keeps a book chapter DOI that embeds an ISBN', () => {
    expect(normalizeDoi('10.1007/978-3-319-40126-3_2')).toBe(
      '10.1007/978-3-319-40126-3_2',
    );
  });

  it.each([
    ['an ISSN', '1234-567X'],
    ['an ISSN with prefix', 'urn:issn:0378-5955'],
    ['an ISBN-13', '978-3-16-148410-0'],
    ['an ISBN urn', 'urn:isbn:978-3-16-148410-0'],
    ['a DOI prefix alone', '10.1148'],
    ['a CiteSeerX id', '10.1.1.123.4567'],
    ['a PMID', 'info:pmid/31234567'],
  ])('rejects %s', (_kind, raw) => {
    expect(normalizeDoi(raw)).toBeUndefined();
  });
});

describe('findAllDois', () => {
  it('returns every DOI of a sentence in order', () => {
    const text =
      'Compare doi:10.1000/a1, and https://doi.org/10.1000/b2; done.';
    expect(findAllDois(text)).toEqual(['10.1000/a1', '10.1000/b2']);
  });
});

describe('sameDoi', () => {
  it('compares DOIs without regard to case or written form', () => {
    expect(
      sameDoi(
        'https://doi.org/10.1098/RSIF.2017.0387',
        'doi:10.1098/rsif.2017.0387',
      ),
    ).toBe(true);
    expect(doiKey('10.1098/RSIF.2017.0387')).toBe('10.1098/rsif.2017.0387');
  });

  it('tells different DOIs apart', () => {
    expect(sameDoi('10.1000/a1', '10.1000/a2')).toBe(false);
    expect(sameDoi('1234-567X', '1234-567X')).toBe(false);
  });
});
