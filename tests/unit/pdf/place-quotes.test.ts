import { describe, expect, it } from 'vitest';
import type { QuoteToShow } from '@/core/evidence-protocol';
import {
  assembleDocumentText,
  capturePdfQuote,
  placePdfQuotes,
  pdfQuoteStatuses,
} from '@/core/pdf';

const item = (str: string, hasEOL = false) => ({ str, hasEOL });
// "Deep learn-\ning helps.\n\nRadiomics needs care." as two pages.
const doc = assembleDocumentText([
  [item('Deep learn-', true), item('ing helps.')],
  [item('Radiomics needs care.')],
]);

function quote(id: string, exact: string): QuoteToShow {
  return {
    id,
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 0, end: 0 },
    ],
    domain: 'd1',
    itemLabels: ['1 Item'],
  };
}

describe('placePdfQuotes', () => {
  it('finds a quote across a line-end hyphen and cuts it into items', () => {
    const [placed] = placePdfQuotes(doc, [quote('a', 'Deep learning helps.')]);
    expect(placed).toMatchObject({ status: 'anchored', page: 1 });
    expect(placed!.pieces).toEqual([
      { page: 1, item: 0, from: 0, to: 11 },
      { page: 1, item: 1, from: 0, to: 10 },
    ]);
  });

  it('reports the page of a quote on page 2', () => {
    const placed = placePdfQuotes(doc, [quote('b', 'Radiomics needs care.')]);
    expect(pdfQuoteStatuses(placed)).toEqual([
      { id: 'b', status: 'anchored', page: 2 },
    ]);
  });

  it('marks a quote found nowhere as orphaned', () => {
    const placed = placePdfQuotes(doc, [
      quote('c', 'Quantum pineapples orbit'),
    ]);
    expect(pdfQuoteStatuses(placed)).toEqual([{ id: 'c', status: 'orphaned' }]);
  });

  it('counts a page note as anchored with nothing to highlight', () => {
    const note = { ...quote('d', ''), selectors: [] as [] };
    expect(placePdfQuotes(doc, [note])[0]).toMatchObject({
      status: 'anchored',
      pieces: [],
    });
  });
});

describe('capturePdfQuote', () => {
  it('describes a selection with its page, white space trimmed', () => {
    // "Radiomics" starts at 24: "Deep learn-\n" (12) + "ing helps." (10)
    // + the page break (2).
    const reply = capturePdfQuote(doc, 'https://a.org/p.pdf', {
      start: 22,
      end: 33,
    });
    expect(reply).toEqual({
      ok: true,
      quote: {
        selectors: [
          expect.objectContaining({ exact: 'Radiomics' }),
          { type: 'TextPositionSelector', start: 24, end: 33 },
        ],
        source: { url: 'https://a.org/p.pdf', kind: 'pdf', page: 2 },
      },
    });
  });

  it('asks for a selection when there is none', () => {
    expect(capturePdfQuote(doc, 'u', null)).toMatchObject({
      ok: false,
      reason: 'no-selection',
    });
  });

  it('answers no-text-layer for a scan', () => {
    const scan = assembleDocumentText([[]]);
    expect(capturePdfQuote(scan, 'u', null)).toMatchObject({
      ok: false,
      reason: 'no-text-layer',
    });
  });
});
