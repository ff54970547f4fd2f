import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  captureSelection,
  pageAddress,
  trimOffsets,
} from '@/entrypoints/evidence/capture';

function page(body: string) {
  return new JSDOM(`<body>${body}</body>`).window.document;
}

/** Selects `length` characters of the first text node of `selector`. */
function select(doc: Document, selector: string, start: number, end: number) {
  const text = doc.querySelector(selector)!.firstChild!;
  const range = doc.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  doc.getSelection()!.removeAllRanges();
  doc.getSelection()!.addRange(range);
}

describe('trimOffsets', () => {
  it('drops white space at both ends', () => {
    // "a  bc \n": the letters run from offset 3 to 5.
    expect(trimOffsets('a  bc \n', 1, 7)).toEqual([3, 5]);
  });

  it('returns null for white space alone', () => {
    expect(trimOffsets('a \n b', 1, 4)).toBeNull();
  });
});

describe('captureSelection', () => {
  it('describes the selection by its text, context and offsets', () => {
    const doc = page('<h1>Title</h1><p>We enrolled 120 patients.</p>');
    // "TitleWe enrolled 120 patients.": "120 patients" is [17, 29).
    select(doc, 'p', 12, 24);
    const reply = captureSelection(doc, 'https://example.org/a');
    expect(reply).toEqual({
      ok: true,
      quote: {
        selectors: [
          {
            type: 'TextQuoteSelector',
            exact: '120 patients',
            prefix: 'TitleWe enrolled ',
            suffix: '.',
          },
          { type: 'TextPositionSelector', start: 17, end: 29 },
        ],
        source: { url: 'https://example.org/a', kind: 'html' },
      },
    });
  });

  it('leaves out the white space a selection takes along', () => {
    const doc = page('<p>One. Two three. </p>');
    select(doc, 'p', 4, 16);
    const reply = captureSelection(doc, 'https://example.org/a');
    expect(reply.ok && reply.quote.selectors[0].exact).toBe('Two three.');
  });

  it('answers no-selection when nothing is selected', () => {
    const doc = page('<p>Text</p>');
    expect(captureSelection(doc, 'https://example.org/a')).toMatchObject({
      ok: false,
      reason: 'no-selection',
    });
  });
});

describe('pageAddress', () => {
  it('drops the fragment', () => {
    expect(pageAddress('https://example.org/a?x=1#sec-2')).toBe(
      'https://example.org/a?x=1',
    );
  });
});
