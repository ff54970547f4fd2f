import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';
import { browser } from 'wxt/browser';
import { fileNameOf, pdfAddressOf } from '@/core/pdf';

/** A PDF to open: by its address, or as bytes picked or dropped. */
export interface PdfSource {
  name: string;
  /** The original address, kept as the paper's address; none for a pick. */
  url?: string;
  params: Partial<DocumentInitParameters>;
}

/** The PDF this page was opened for (`?file=<address>`), if any. */
export function requestedSource(): PdfSource | undefined {
  const url = pdfAddressOf(location.search);
  if (!url) return undefined;
  return { name: fileNameOf(url), url, params: { url } };
}

/** A PDF the reviewer picked or dropped. */
export async function fileSource(file: File): Promise<PdfSource> {
  return { name: file.name, params: { data: await file.arrayBuffer() } };
}

/**
 * Why the source cannot be read here, or undefined when it can: Chrome
 * lets an extension read `file:` addresses only when the reviewer allowed
 * it on the extensions page.
 */
export async function unreadableReason(
  source: PdfSource,
): Promise<string | undefined> {
  if (!source.url?.startsWith('file:')) return undefined;
  const allowed = await browser.extension
    .isAllowedFileSchemeAccess()
    .catch(() => true);
  if (allowed) return undefined;
  return (
    `RADAR Reviewer may not read files from your disk yet, so “${source.name}” cannot open here. ` +
    'To allow it: open chrome://extensions, click Details under RADAR Reviewer, and turn on “Allow access to file URLs”; then reload this page. ' +
    'Or use “Open a PDF…” to pick the file.'
  );
}
