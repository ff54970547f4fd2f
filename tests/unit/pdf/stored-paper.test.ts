import { describe, expect, it } from 'vitest';
import type { PaperRecord } from '@/core/assessment/types';
import { adoptStoredKey, findStoredPaper } from '@/core/pdf';
import type { PaperMetadata } from '@/core/metadata/types';

const TITLE =
  'Opportunities and obstacles for deep learning in biology and medicine';

/** The article page of a paper whose PDF lives on its own site. */
const htmlPaper: PaperRecord = {
  key: 'url:https://greenelab.github.io/deep-review/',
  aliases: ['url:https://greenelab.github.io/deep-review/manuscript.pdf'],
  metadata: {
    title: TITLE,
    pdfUrl: 'https://greenelab.github.io/deep-review/manuscript.pdf',
  },
};

function pdf(title: string | undefined, key = 'url:http://127.0.0.1/d.pdf') {
  const metadata = { title, pageUrl: key.slice(4) } as PaperMetadata;
  return { identity: { key, aliases: ['pdf:f00d'] }, metadata };
}

describe('findStoredPaper', () => {
  it('matches by a shared name first', () => {
    const copy = pdf(
      undefined,
      'url:https://greenelab.github.io/deep-review/manuscript.pdf',
    );
    expect(findStoredPaper(copy, [htmlPaper])).toEqual({
      record: htmlPaper,
      by: 'identifier',
    });
  });

  it('matches a copy by the exact title of a page with a PDF link', () => {
    const copy = pdf(`${TITLE.toUpperCase()} `);
    expect(findStoredPaper(copy, [htmlPaper])?.by).toBe('title');
  });

  it('refuses a title match when the page declared no PDF', () => {
    const noPdf = { ...htmlPaper, aliases: [], metadata: { title: TITLE } };
    expect(findStoredPaper(pdf(TITLE), [noPdf])).toBeUndefined();
  });

  it('refuses a title match when the DOIs differ', () => {
    const withDoi = { ...htmlPaper, aliases: ['doi:10.1/a'] };
    expect(
      findStoredPaper(pdf(TITLE, 'doi:10.1/b'), [withDoi]),
    ).toBeUndefined();
  });

  it('refuses short titles shared by many papers', () => {
    const editorial = {
      ...htmlPaper,
      metadata: { ...htmlPaper.metadata, title: 'Editorial' },
    };
    expect(findStoredPaper(pdf('Editorial'), [editorial])).toBeUndefined();
  });
});

describe('adoptStoredKey', () => {
  it('takes the stored key and keeps every name as an alias', () => {
    const own = { key: 'url:http://127.0.0.1/d.pdf', aliases: ['pdf:f00d'] };
    expect(adoptStoredKey(own, htmlPaper)).toEqual({
      key: htmlPaper.key,
      aliases: [
        'url:https://greenelab.github.io/deep-review/manuscript.pdf',
        'url:http://127.0.0.1/d.pdf',
        'pdf:f00d',
      ],
    });
  });
});
