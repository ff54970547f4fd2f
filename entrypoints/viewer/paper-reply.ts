import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { loadAllAssessments } from '@/components/platform/assessment-store';
import type { PaperReply } from '@/core/messages';
import {
  adoptStoredKey,
  findStoredPaper,
  firstPageHeading,
  pdfIdentity,
  pdfMetadata,
  readPageItems,
  type DocumentText,
} from '@/core/pdf';

/** Pages read for a DOI printed on the paper: the title block and byline. */
const LEAD_PAGES = 2;

/**
 * Describes the open PDF as a paper for the panel. When a stored assessment
 * is about the same paper (see findStoredPaper), the reply carries that
 * paper's key, so the panel opens the same record for the article page and
 * its PDF.
 */
export async function readPdfPaper(
  pdf: PDFDocumentProxy,
  url: string,
  docText: Promise<DocumentText>,
): Promise<PaperReply> {
  const { info, metadata: xmp } = await pdf.getMetadata();
  const [firstPage = []] = await readPageItems({
    numPages: Math.min(1, pdf.numPages),
    getPage: (n) => pdf.getPage(n),
  });
  const doc = await docText;
  const leadEnd = doc.pages[LEAD_PAGES]?.start ?? doc.text.length;
  const fingerprint = pdf.fingerprints[0] ?? '';
  const metadata = pdfMetadata({
    url,
    fingerprint,
    info: info as Record<string, unknown>,
    xmp: Object.fromEntries(xmp ?? []),
    leadText: doc.text.slice(0, leadEnd),
    heading: firstPageHeading(firstPage),
  });
  const own = pdfIdentity(metadata, fingerprint);
  const stored = await loadAllAssessments().catch(() => []);
  const match = findStoredPaper(
    { identity: own, metadata },
    stored.map((a) => a.paper),
  );
  const identity = match ? adoptStoredKey(own, match.record) : own;
  return { isArticle: true, metadata, identity };
}
