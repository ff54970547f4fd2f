import { describe, expect, it } from 'vitest';
import { readLeadDois } from '../../../core/metadata/lead-text';
import { documentOf } from './dom';

const read = (body: string) =>
  readLeadDois(documentOf(`<body>${body}</body>`, 'https://a.example/'));

describe('readLeadDois', () => {
  it('takes a DOI labelled after a publication date', () => {
    expect(
      read('<p>Published online 2019 Mar 5. doi: 10.5555/a.1</p>'),
    ).toEqual({ doi: '10.5555/a.1', related: [] });
  });

  it('sets aside a DOI of another version of the work', () => {
    expect(
      read('<p>Now published in Radiology doi: 10.5555/pub.2</p>'),
    ).toEqual({ related: ['10.5555/pub.2'] });
  });

  it('ignores an unlabelled DOI-like string', () => {
    expect(read('<p>Catalogue 10.5555/abc</p>').doi).toBeUndefined();
  });

  it('stops at a reference list block', () => {
    const body = '<ol id="references"><li>doi:10.5555/c.3</li></ol>';
    expect(read(body)).toEqual({ related: [] });
  });
});
