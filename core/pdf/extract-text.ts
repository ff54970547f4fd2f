import type { SizedTextItem } from './first-page-heading';
import { assembleDocumentText, type DocumentText } from './document-text';

/** The part of a pdf.js document this module calls. */
export interface PdfTextSource {
  numPages: number;
  getPage(pageNumber: number): Promise<{
    getTextContent(params: object): Promise<{ items: ReadonlyArray<object> }>;
  }>;
}

/**
 * The options pdf.js's own text layer uses (PDFPageView), so the items read
 * here are the very strings of the text layer's spans: without them pdf.js
 * would spell ligatures out and the offsets would not agree.
 */
export const TEXT_LAYER_OPTIONS = {
  includeMarkedContent: true,
  disableNormalization: true,
} as const;

/** Every page's text items, in page order. */
export async function readPageItems(
  pdf: PdfTextSource,
): Promise<Array<ReadonlyArray<Partial<SizedTextItem>>>> {
  const pages = Array.from({ length: pdf.numPages }, (_, i) => i + 1);
  // Asked all at once: the worker answers in order, and no page waits for
  // the previous page's reply to be posted back first.
  return Promise.all(
    pages.map(async (number) => {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent(TEXT_LAYER_OPTIONS);
      return content.items as ReadonlyArray<Partial<SizedTextItem>>;
    }),
  );
}

/** Reads and assembles the whole document's text (see DocumentText). */
export async function extractDocumentText(
  pdf: PdfTextSource,
): Promise<DocumentText> {
  return assembleDocumentText(await readPageItems(pdf));
}
