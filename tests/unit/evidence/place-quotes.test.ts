import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { QuoteToShow } from '@/core/evidence-protocol';
import { placeQuotes, statusesOf } from '@/entrypoints/evidence/place-quotes';

function page(body: string) {
  return new JSDOM(`<body>${body}</body>`).window.document;
}

function quote(id: string, exact: string, start: number): QuoteToShow {
  return {
    id,
    domain: 'SD',
    itemLabels: ['SD-01 Clinical need'],
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end: start + exact.length },
    ],
  };
}

const SENTENCE = 'The cohort was split by centre before any feature selection.';

describe('placeQuotes', () => {
  it('finds a quote at its stored position', () => {
    const doc = page(`<p>Intro. ${SENTENCE}</p>`);
    const [placed] = placeQuotes(doc.body, [quote('q1', SENTENCE, 7)]);
    expect(placed!.status).toBe('anchored');
    expect(placed!.range!.toString()).toBe(SENTENCE);
  });

  it('finds a quote by its text when the page moved it', () => {
    const doc = page(`<p>A new first paragraph.</p><p>Intro. ${SENTENCE}</p>`);
    const [placed] = placeQuotes(doc.body, [quote('q1', SENTENCE, 7)]);
    expect(placed!.status).toBe('anchored');
    expect(placed!.range!.toString()).toBe(SENTENCE);
  });

  it('orphans a quote the page does not contain, keeping it listed', () => {
    const doc = page('<p>Nothing of the kind here.</p>');
    const placed = placeQuotes(doc.body, [quote('q1', SENTENCE, 0)]);
    expect(statusesOf(placed)).toEqual([{ id: 'q1', status: 'orphaned' }]);
  });

  it('orphans a page note that has no selectors', () => {
    const doc = page(`<p>${SENTENCE}</p>`);
    const note = { ...quote('n1', SENTENCE, 0), selectors: [] as [] };
    expect(statusesOf(placeQuotes(doc.body, [note]))).toEqual([
      { id: 'n1', status: 'orphaned' },
    ]);
  });
});
