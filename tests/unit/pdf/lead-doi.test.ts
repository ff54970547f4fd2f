import { describe, expect, it } from 'vitest';
import { leadDois } from '@/core/pdf';

describe('leadDois', () => {
  it('takes a labelled DOI as the paper’s own', () => {
    expect(leadDois('Open Access\nDOI 10.1234/abc.5 Copyright')).toEqual({
      doi: '10.1234/abc.5',
      related: [],
    });
  });

  it('sets aside a DOI introduced as another version', () => {
    const text =
      'A published version of this manuscript is available at\nhttps://doi.org/10.1000/xyz.1. Then doi:10.1000/own.2';
    expect(leadDois(text)).toEqual({
      doi: '10.1000/own.2',
      related: ['10.1000/xyz.1'],
    });
  });

  it('ignores an unlabelled DOI, as in a reference', () => {
    expect(leadDois('[1] Smith J. 10.1000/ref.3')).toEqual({ related: [] });
  });
});
