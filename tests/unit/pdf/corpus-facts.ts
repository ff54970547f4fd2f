import {
  extractDocumentText,
  firstPageHeading,
  readPageItems,
  type PdfFacts,
} from '@/core/pdf';
import { openCorpusPdf } from './corpus-pdf';

/** What the viewer gathers about a corpus PDF served at `url`. */
export async function corpusFacts(
  file: string,
  url = `http://127.0.0.1/${file}`,
): Promise<PdfFacts> {
  const pdf = await openCorpusPdf(file);
  const { info, metadata } = await pdf.getMetadata();
  // The viewer reads the first pages' text for a DOI; so does this.
  const firstPages = {
    numPages: Math.min(2, pdf.numPages),
    getPage: (n: number) => pdf.getPage(n),
  };
  const [firstPage = []] = await readPageItems(firstPages);
  const doc = await extractDocumentText(firstPages);
  return {
    url,
    fingerprint: pdf.fingerprints[0] ?? '',
    info: info as Record<string, unknown>,
    xmp: Object.fromEntries(metadata ?? []),
    leadText: doc.text.slice(0, doc.pages[1]?.start ?? doc.text.length),
    heading: firstPageHeading(firstPage),
  };
}
