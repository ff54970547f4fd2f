/**
 * PDF benchmark on the 122-page deep-review PDF of the shared corpus: the
 * viewer's pipeline (text read as pdf.js's text layer reads it, assembled
 * into one document text, quotes anchored in it) beside a plain pdfjs-dist
 * text extraction doing the same job in the simplest way. Prints figures
 * only: timings vary with the machine and its load, nothing is asserted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { describeQuote } from '../core/anchoring';
import type { QuoteToShow } from '../core/evidence-protocol';
import {
  assembleDocumentText,
  extractDocumentText,
  placePdfQuotes,
  TEXT_LAYER_OPTIONS,
} from '../core/pdf';

const FILE = path.resolve(
  import.meta.dirname,
  '../../shared/corpus/deep-review-2021-12-28.pdf',
);
const QUOTES = 50;
const QUOTE_LENGTH = 120;

function open(): Promise<PDFDocumentProxy> {
  const data = new Uint8Array(readFileSync(FILE));
  return pdfjs.getDocument({ data, verbosity: 0, isEvalSupported: false })
    .promise;
}

async function timed<T>(work: () => Promise<T> | T) {
  const t0 = performance.now();
  const value = await work();
  return { value, ms: performance.now() - t0 };
}

/** Plain pdfjs-dist: default options, item strings joined per page. */
async function plainText(pdf: PDFDocumentProxy): Promise<string> {
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  return pages.join('\n');
}

/** 50 quotes of 120 characters, spread evenly over the whole text. */
function spreadQuotes(text: string): QuoteToShow[] {
  const step = Math.floor(text.length / (QUOTES + 1));
  return Array.from({ length: QUOTES }, (_, k) => {
    const start = text.indexOf(' ', (k + 1) * step) + 1;
    const { quote, position } = describeQuote(
      text,
      start,
      start + QUOTE_LENGTH,
    );
    return {
      id: `q${k}`,
      selectors: [quote, position],
      domain: '',
      itemLabels: [],
    };
  });
}

/** Without stored offsets, as for a quote taken on the article page. */
function textOnly(quotes: QuoteToShow[]): QuoteToShow[] {
  return quotes.map((q) => ({
    ...q,
    selectors: [
      q.selectors[0]!,
      { type: 'TextPositionSelector', start: 0, end: 0 },
    ],
  }));
}

function row(task: string, ours: string, plain: string): void {
  console.log(task.padEnd(44), ours.padStart(16), plain.padStart(16));
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

/** Runs the PDF benchmark and prints its table. */
export async function runPdfBench(): Promise<void> {
  console.log('\nPDF: deep-review-2021-12-28.pdf (122 pages)');
  row('task', 'viewer pipeline', 'plain pdfjs');
  // The first document loads pdf.js's worker code: keep that out of both.
  await (await open()).destroy();

  const oursFirst = await timed(async () => {
    const pdf = await open();
    const page = await pdf.getPage(1);
    return assembleDocumentText([
      (await page.getTextContent(TEXT_LAYER_OPTIONS)).items,
    ]);
  });
  const plainFirst = await timed(async () => {
    const page = await (await open()).getPage(1);
    return (await page.getTextContent()).items.length;
  });
  row('open + first page text', ms(oursFirst.ms), ms(plainFirst.ms));

  const ours = await timed(async () => extractDocumentText(await open()));
  const plain = await timed(async () => plainText(await open()));
  row('open + whole document text', ms(ours.ms), ms(plain.ms));

  const doc = ours.value;
  const quotes = spreadQuotes(doc.text);
  const stored = await timed(() => placePdfQuotes(doc, quotes));
  const typed = await timed(() => placePdfQuotes(doc, textOnly(quotes)));
  // The plain side finds quotes taken from its own text by exact search.
  const plainQuotes = spreadQuotes(plain.value);
  const plainFind = await timed(
    () =>
      plainQuotes.filter((q) => plain.value.includes(q.selectors[0]!.exact))
        .length,
  );
  const found = (placed: typeof stored.value) =>
    placed.filter((p) => p.status === 'anchored').length;
  row(
    `re-anchor ${QUOTES} quotes, stored offsets`,
    `${ms(stored.ms)} ${found(stored.value)}/${QUOTES}`,
    `${ms(plainFind.ms)} ${plainFind.value}/${QUOTES}`,
  );
  row(
    `re-anchor ${QUOTES} quotes, text only`,
    `${ms(typed.ms)} ${found(typed.value)}/${QUOTES}`,
    '(same as above)',
  );
  console.log(
    'Plain anchoring: indexOf of the exact quote in its own extracted text.',
    '\nFirst page shown in the browser: printed by tests/e2e/pdf.e2e.ts.',
  );
}
