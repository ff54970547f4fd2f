import { describe, expect, it } from 'vitest';
import type { PaperMetadata } from '@/core/metadata/types';
import { pdfIdentity } from '@/core/pdf';

function meta(url: string, extra: Partial<PaperMetadata> = {}): PaperMetadata {
  return {
    authors: [],
    relatedDois: [],
    issns: [],
    canonicalUrl: url,
    pageUrl: url,
    pdfUrl: url,
    sources: {},
    ...extra,
  };
}

describe('pdfIdentity', () => {
  it('keys a PDF with a DOI by the DOI', () => {
    const url = 'https://example.org/a.pdf';
    const id = pdfIdentity(meta(url, { doi: '10.1186/ABC' }), 'f00d');
    expect(id.key).toBe('doi:10.1186/abc');
    expect(id.aliases).toEqual([`url:${url}`, 'pdf:f00d']);
  });

  it('keys a web PDF without a DOI by its address', () => {
    const url = 'http://127.0.0.1:8080/deep.pdf';
    expect(pdfIdentity(meta(url), 'f00d')).toEqual({
      key: `url:${url}`,
      aliases: ['pdf:f00d'],
    });
  });

  it('keeps a file address, which article rules drop', () => {
    const url = 'file:///home/r/deep.pdf';
    expect(pdfIdentity(meta(url), 'f00d')).toEqual({
      key: `url:${url}`,
      aliases: ['pdf:f00d'],
    });
  });

  it('keys a file picked from disk by its fingerprint', () => {
    expect(pdfIdentity(meta('deep.pdf'), 'f00d')).toEqual({
      key: 'pdf:f00d',
      aliases: [],
    });
  });
});
