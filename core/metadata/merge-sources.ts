import { normalizeDate } from './dates';
import { assignIdentifiers } from './merge-identifiers';
import type { NamedRecord } from './source-record';
import type { PaperMetadata } from './types';
import { cleanUrl, parseUrl } from './urls';

type TextField =
  | 'title'
  | 'journal'
  | 'publisher'
  | 'volume'
  | 'issue'
  | 'firstPage'
  | 'lastPage';
const TEXT_FIELDS: TextField[] = [
  'title',
  'journal',
  'publisher',
  'volume',
  'issue',
  'firstPage',
  'lastPage',
];

/**
 * Builds the metadata from the records, taking each field from the first
 * record (in the given order of trust) that has it.
 */
export function merge(
  records: NamedRecord[],
  doc: Document,
  url: string,
): PaperMetadata {
  const meta: PaperMetadata = {
    authors: [],
    relatedDois: [],
    issns: [],
    canonicalUrl: cleanUrl(url) ?? url,
    pageUrl: url,
    sources: {},
  };
  for (const field of TEXT_FIELDS) {
    const found = records.find(([, record]) => record[field]);
    if (!found) continue;
    meta[field] = found[1][field];
    meta.sources[field] = found[0];
  }
  assignAuthors(meta, records);
  assignDate(meta, records);
  assignUrls(meta, records, url);
  assignIdentifiers(meta, records, doc, url);
  return meta;
}

function assignAuthors(meta: PaperMetadata, records: NamedRecord[]): void {
  for (const [source, record] of records) {
    const authors = (record.authors ?? []).map((a) => a.trim()).filter(Boolean);
    if (!authors.length) continue;
    meta.authors = authors;
    meta.firstAuthor = authors[0];
    meta.sources.authors = source;
    return;
  }
}

function assignDate(meta: PaperMetadata, records: NamedRecord[]): void {
  for (const [source, record] of records) {
    const date = record.date ? normalizeDate(record.date) : undefined;
    if (!date) continue;
    meta.date = date;
    meta.year = Number(date.slice(0, 4));
    meta.sources.date = source;
    return;
  }
}

// The canonical URL prefers the canonical link over og:url, unlike the
// other fields. Either is ignored when it names a site's home page while the
// page is deeper: careless templates do that, and it would merge every
// article of the site into one paper.
function assignUrls(
  meta: PaperMetadata,
  records: NamedRecord[],
  url: string,
): void {
  const pdf = records.find(([, record]) => record.pdfUrl);
  const pdfUrl = pdf?.[1].pdfUrl && cleanUrl(pdf[1].pdfUrl, url);
  if (pdf && pdfUrl) {
    meta.pdfUrl = pdfUrl;
    meta.sources.pdfUrl = pdf[0];
  }
  for (const source of ['html', 'open-graph'] as const) {
    const value = records.find(([name]) => name === source)?.[1].canonicalUrl;
    const canonical = value && cleanUrl(value, url);
    if (!canonical || isHomeOf(canonical, url)) continue;
    meta.canonicalUrl = canonical;
    meta.sources.canonicalUrl = source;
    return;
  }
  meta.sources.canonicalUrl = 'url';
}

function isHomeOf(candidate: string, url: string): boolean {
  const page = parseUrl(url)?.pathname ?? '/';
  return parseUrl(candidate)?.pathname === '/' && page !== '/';
}
