import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';

/** The shared corpus of real papers, laid beside the repository. */
export const corpusDir = path.resolve(
  import.meta.dirname,
  '../../..',
  '../shared/corpus',
);

/** Opens a corpus PDF with pdfjs-dist's Node build. */
export function openCorpusPdf(file: string): Promise<PDFDocumentProxy> {
  const data = new Uint8Array(readFileSync(path.join(corpusDir, file)));
  return pdfjs.getDocument({ data, verbosity: 0, isEvalSupported: false })
    .promise;
}
