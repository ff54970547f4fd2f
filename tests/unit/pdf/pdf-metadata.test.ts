import { describe, expect, it } from 'vitest';
import { pdfMetadata } from '@/core/pdf';
import { corpusFacts } from './corpus-facts';

// Expected values are read from the corpus files themselves: their XMP and
// information dictionaries, and what their first page prints.
describe('pdfMetadata on the corpus', { timeout: 30_000 }, () => {
  it('reads title, authors and DOI from the Datta review’s XMP', async () => {
    const meta = pdfMetadata(
      await corpusFacts('bmc-jtmo-2010-datta-systematic-review.pdf'),
    );
    expect(meta.title).toBe(
      'Complications related to deep venous thrombosis prophylaxis in trauma: a systematic review of the literature',
    );
    expect(meta.authors).toEqual([
      'Indraneel Datta',
      'Chad G Ball',
      'Lucas Rudmik',
      'S Morad Hameed',
      'John B Kortbeek',
    ]);
    expect(meta.doi).toBe('10.1186/1752-2897-4-1');
  });

  it('reads the DOI PeerJ prints in its side column', async () => {
    const meta = pdfMetadata(await corpusFacts('peerj-cs-2017-webb-vespa.pdf'));
    expect(meta.doi).toBe('10.7717/peerj-cs.118');
    expect(meta.sources.doi).toBe('text');
  });

  it('takes deep-review’s title from its first page, not the 2018 DOI', async () => {
    const meta = pdfMetadata(await corpusFacts('deep-review-2021-12-28.pdf'));
    expect(meta.title).toBe(
      'Opportunities and obstacles for deep learning in biology and medicine [update in progress]',
    );
    expect(meta.sources.title).toBe('text');
    expect(meta.doi).toBeUndefined();
    expect(meta.relatedDois).toEqual(['10.1098/rsif.2017.0387']);
  });

  it('ignores a job name in the title field', async () => {
    const meta = pdfMetadata(
      await corpusFacts('bmc-hsr-2014-agyeman-duah.pdf'),
    );
    // The information dictionary says "6489122611071476 1..10".
    expect(meta.title).toMatch(
      /^Understanding the barriers to setting up a healthcare quality improvement process in/,
    );
  });

  it('keeps the address as page, canonical and PDF address', async () => {
    const url = 'file:///home/r/papers/scan.pdf';
    const meta = pdfMetadata(
      await corpusFacts('ocrmypdf-c02-22-scanned.pdf', url),
    );
    expect(meta).toMatchObject({
      pageUrl: url,
      canonicalUrl: url,
      pdfUrl: url,
    });
    expect(meta.title).toBeUndefined();
  });
});
