import { describe, expect, it } from 'vitest';
import { fileNameOf, pdfAddressOf, siteOf, viewerAddress } from '@/core/pdf';

const VIEWER = 'chrome-extension://abc/viewer.html';

describe('pdfAddressOf', () => {
  it('reads an address the redirect rule wrote unencoded', () => {
    const address = 'https://example.org/get?id=7&format=pdf';
    expect(pdfAddressOf(`?file=${address}`)).toBe(address);
  });

  it('decodes an address the extension encoded', () => {
    const address = 'file:///home/r/my paper.pdf';
    const search = new URL(viewerAddress(VIEWER, address)).search;
    expect(pdfAddressOf(search)).toBe(address);
  });

  it('returns undefined without a file parameter', () => {
    expect(pdfAddressOf('')).toBeUndefined();
    expect(pdfAddressOf('?page=2')).toBeUndefined();
  });
});

describe('fileNameOf', () => {
  it('returns the decoded last part of the path', () => {
    expect(fileNameOf('https://a.org/papers/My%20Paper.pdf?x=1')).toBe(
      'My Paper.pdf',
    );
    expect(fileNameOf('scan.pdf')).toBe('scan.pdf');
  });
});

describe('siteOf', () => {
  it('returns the lower-cased host, or nothing for a file', () => {
    expect(siteOf('https://Journals.Example.org/a.pdf')).toBe(
      'journals.example.org',
    );
    expect(siteOf('file:///home/r/a.pdf')).toBe('');
  });
});
