import { normalizeDoi } from './doi';
import { identifiersFromUrl } from './url-identifiers';

const SCHOLARLY_TAGS = new Set([
  'citation_title',
  'citation_doi',
  'citation_pdf_url',
  'prism.doi',
  'prism.publicationname',
]);
const DC_IDENTIFIERS = new Set(['dc.identifier', 'dcterms.identifier']);
// Plain id and class selectors: attribute selectors with the `i` flag cost
// a walk of the whole tree in some engines.
const ABSTRACT = '#abstract,#Abstract,.abstract,[role="doc-abstract"]';
const REFERENCES =
  '#references,#References,#bibliography,.references,.ref-list,[role="doc-bibliography"]';

/**
 * Cheap guess (a few selector queries, no text scan) of whether `doc` shows
 * a scholarly article: scholarly meta tags, a DOI in Dublin Core, a JSON-LD
 * ScholarlyArticle, an article URL (doi.org, publisher DOI paths, PubMed,
 * PMC, arXiv), a PDF, or an abstract together with a reference list.
 */
export function looksLikeArticle(doc: Document): boolean {
  return (
    doc.contentType === 'application/pdf' ||
    hasScholarlyMeta(doc) ||
    identifiersFromUrl(doc.URL).some((id) => id.kind !== 'issn') ||
    hasJsonLdArticle(doc) ||
    (!!doc.querySelector(ABSTRACT) && !!doc.querySelector(REFERENCES))
  );
}

function hasScholarlyMeta(doc: Document): boolean {
  for (const meta of doc.head?.querySelectorAll('meta[name]') ?? []) {
    const name = meta.getAttribute('name')?.toLowerCase() ?? '';
    if (SCHOLARLY_TAGS.has(name)) return true;
    const content = meta.getAttribute('content') ?? '';
    if (DC_IDENTIFIERS.has(name) && normalizeDoi(content)) return true;
  }
  return false;
}

// A substring test, not a parse: the content script must stay fast, and a
// false positive only costs a full read in the side panel.
function hasJsonLdArticle(doc: Document): boolean {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  return [...scripts].some((s) => s.textContent?.includes('ScholarlyArticle'));
}
