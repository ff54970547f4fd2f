import type { MetaTags } from './meta-tags';
import type { SourceRecord } from './source-record';

/**
 * Reads plain HTML: the `<title>`, `<meta name="author">` bylines, the
 * canonical link and a PDF offered as an alternate. Used when no richer
 * vocabulary has the field.
 */
export function readHtml(doc: Document, tags: MetaTags): SourceRecord {
  const link = (selector: string) =>
    doc.querySelector(selector)?.getAttribute('href') ?? undefined;
  return {
    title: doc.querySelector('title')?.textContent?.trim() || undefined,
    authors: tags.get('author') ?? [],
    canonicalUrl: link('link[rel~="canonical" i]'),
    pdfUrl: link('link[rel~="alternate" i][type="application/pdf" i]'),
    ids: [],
  };
}
