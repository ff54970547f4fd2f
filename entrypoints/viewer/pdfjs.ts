import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';
import * as pdfjsLib from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// pdf.js's viewer components read the library from `globalThis.pdfjsLib`
// when their module is evaluated, so it must be set before they load.
(globalThis as { pdfjsLib?: unknown }).pdfjsLib = pdfjsLib;
pdfjsLib.GlobalWorkerOptions.workerSrc = workerUrl;

/** Options that keep pdf.js inside the extension: no eval, no remote files. */
export function packagedDocumentOptions(): Partial<DocumentInitParameters> {
  const base = browserRuntimeUrl('/pdfjs/');
  return {
    isEvalSupported: false,
    cMapUrl: `${base}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${base}standard_fonts/`,
    wasmUrl: `${base}wasm/`,
    iccUrl: `${base}iccs/`,
  };
}

function browserRuntimeUrl(path: string): string {
  return new URL(path, location.origin).href;
}

export { pdfjsLib };
