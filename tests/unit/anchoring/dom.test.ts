import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  buildTextMap,
  offsetsFromRange,
  rangeFromOffsets,
} from '../../../core/anchoring';

function page(body: string) {
  return new JSDOM(`<body>${body}</body>`).window.document;
}

describe('buildTextMap', () => {
  it('skips scripts, styles and hidden elements', () => {
    const doc = page(
      '<p>One <b>two</b></p><script>x()</script><style>p{}</style>' +
        '<p hidden>gone</p><p style="display: none">gone</p><p>three</p>',
    );
    expect(buildTextMap(doc.body).text).toBe('One twothree');
  });
});

describe('rangeFromOffsets', () => {
  it('builds a range across element boundaries', () => {
    const doc = page('<p>Deep <i>learning</i> in biology</p>');
    const map = buildTextMap(doc.body);
    const range = rangeFromOffsets(map, 2, 16);
    expect(range?.toString()).toBe('ep learning in');
  });

  it('starts a range in the next node at a node boundary', () => {
    const doc = page('<p>Deep <i>learning</i></p>');
    const range = rangeFromOffsets(buildTextMap(doc.body), 5, 13);
    expect(range?.startContainer.textContent).toBe('learning');
  });
});

describe('offsetsFromRange', () => {
  it('returns the offsets of a selection inside text nodes', () => {
    const doc = page('<p>Deep <i>learning</i> in biology</p>');
    const map = buildTextMap(doc.body);
    const range = doc.createRange();
    range.setStart(doc.querySelector('i')!.firstChild!, 1);
    range.setEnd(doc.querySelector('p')!.lastChild!, 3);
    expect(offsetsFromRange(map, range)).toEqual({ start: 6, end: 16 });
  });

  it('maps boundaries set on elements to the text they precede', () => {
    const doc = page('<p>Deep <i>learning</i> in biology</p>');
    const map = buildTextMap(doc.body);
    const range = doc.createRange();
    range.selectNode(doc.querySelector('i')!);
    expect(offsetsFromRange(map, range)).toEqual({ start: 5, end: 13 });
  });
});
