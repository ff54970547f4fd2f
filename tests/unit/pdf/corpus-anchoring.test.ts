import { beforeAll, describe, expect, it } from 'vitest';
import { anchorQuote, describeQuote } from '@/core/anchoring';
import {
  extractDocumentText,
  hasText,
  itemPieces,
  pageAt,
  type DocumentText,
} from '@/core/pdf';
import { openCorpusPdf } from './corpus-pdf';

/** A quote as a reviewer types or copies it, with no stored position. */
function typed(exact: string) {
  return {
    quote: {
      type: 'TextQuoteSelector' as const,
      exact,
      prefix: '',
      suffix: '',
    },
  };
}

/** Offsets of a passage located by hand: where `first` starts, `last` ends. */
function span(doc: DocumentText, first: string, last: string) {
  const start = doc.text.indexOf(first);
  const end = doc.text.indexOf(last, start) + last.length;
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end };
}

async function corpusText(file: string): Promise<DocumentText> {
  return extractDocumentText(await openCorpusPdf(file));
}

describe('quotes in the deep-review PDF (ligatures lost to U+0000)', () => {
  let doc: DocumentText;
  beforeAll(async () => {
    doc = await corpusText('deep-review-2021-12-28.pdf');
  }, 60_000);

  it('keeps the NUL where pdf.js cannot map the fi ligature', () => {
    expect(doc.text).toContain('accurate classi\u0000cation of diseases');
  });

  it('anchors a quote typed with "classification"', async () => {
    const found = anchorQuote(
      doc.text,
      typed(
        'A key challenge in biomedicine is the accurate classification of diseases and disease subtypes.',
      ),
    );
    const expected = span(doc, 'A key challenge in biomedicine', 'subtypes.');
    expect(found).toMatchObject({ ...expected, needsConfirmation: false });
    expect(pageAt(doc, expected.start)).toBe(
      await pageHolding('deep-review-2021-12-28.pdf', 'A key challenge'),
    );
  });

  it('finds a quote captured in the PDF again without its position', () => {
    const { start, end } = span(doc, 'patient classi', 'processes');
    const { quote } = describeQuote(doc.text, start, end);
    expect(anchorQuote(doc.text, { quote })).toMatchObject({ start, end });
  });
});

describe('a quote across the column break of the Datta review', () => {
  it('anchors as one range covering both columns', async () => {
    const doc = await corpusText('bmc-jtmo-2010-datta-systematic-review.pdf');
    const found = anchorQuote(
      doc.text,
      typed(
        'level one evidence currently supports the use of pharmacologic anticoagulation with low molecular weight heparins (LMWHs) as the primary DVT prophylactic agent',
      ),
    );
    const expected = span(
      doc,
      'level one evidence currently supports the use of\npharmacologic',
      'prophy-\nlactic agent',
    );
    expect(found).toMatchObject({ ...expected, needsConfirmation: false });

    // The left column ends with "low molecular"; the right one opens with
    // "weight heparins": one piece of evidence, spans in both columns.
    const pieces = itemPieces(doc, expected.start, expected.end);
    const texts = pieces.map((p) => pieceText(doc, p));
    expect(texts.join('')).toContain('low molecularweight heparins');
    expect(new Set(pieces.map((p) => p.page))).toEqual(new Set([1]));
  });
});

describe('line-end hyphens in the Agyeman-Duah paper', () => {
  it('anchors a quote whose words were split at line ends', async () => {
    const doc = await corpusText('bmc-hsr-2014-agyeman-duah.pdf');
    const found = anchorQuote(
      doc.text,
      typed(
        'At the same time, expectations are high for both the quality of care and training and supervision',
      ),
    );
    expect(found).toMatchObject({
      ...span(doc, 'At the same time, expec-', 'and supervision'),
      needsConfirmation: false,
    });
  });
});

describe('U+FB0x ligature glyphs in the Insight Journal note', () => {
  it('anchors a quote typed with plain letters', async () => {
    const doc = await corpusText('insight-journal-2009-demons-mask.pdf');
    expect(doc.text).toContain('deformation \uFB01eld');
    const found = anchorQuote(
      doc.text,
      typed(
        'computing the deformation field which will map a moving image onto a fixed image',
      ),
    );
    expect(found).toMatchObject({
      ...span(doc, 'computing the deformation', 'onto a \uFB01xed image'),
      needsConfirmation: false,
    });
  });
});

describe('the scanned page without a text layer', () => {
  it('has one page and no text', async () => {
    const doc = await corpusText('ocrmypdf-c02-22-scanned.pdf');
    expect(doc.pages).toHaveLength(1);
    expect(hasText(doc)).toBe(false);
  });
});

function pieceText(
  doc: DocumentText,
  p: { page: number; item: number; from: number; to: number },
): string {
  const start = doc.pages[p.page - 1]!.itemStarts[p.item]!;
  return doc.text.slice(start + p.from, start + p.to);
}

/** The page whose own text content holds `needle`, read page by page. */
async function pageHolding(file: string, needle: string): Promise<number> {
  const pdf = await openCorpusPdf(file);
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const text = content.items.map((i) => ('str' in i ? i.str : '')).join('');
    if (text.includes(needle)) return n;
  }
  return 0;
}
