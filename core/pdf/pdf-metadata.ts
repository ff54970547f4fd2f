import { findDoi, normalizeDoi } from '../metadata/doi';
import type { PaperMetadata } from '../metadata/types';
import { leadDois } from './lead-doi';

/** What pdf.js tells about a document, reduced to plain values. */
export interface PdfFacts {
  /** The address the PDF was opened from, or its file name when picked. */
  url: string;
  /** `pdf.fingerprints[0]`: names the file's content, whatever its address. */
  fingerprint: string;
  /** `getMetadata().info`: the document information dictionary. */
  info: Record<string, unknown>;
  /** `getMetadata().metadata` entries (XMP), keyed like `dc:title`. */
  xmp: Record<string, unknown>;
  /** The text of the first pages, for a DOI printed there. */
  leadText: string;
  /** The first page's heading (see firstPageHeading), a title guess. */
  heading?: string;
}

/**
 * Describes a PDF as a paper: title and authors from XMP or the document
 * information, else the first page's heading; the DOI from XMP, the
 * information's subject, or a DOI printed as the paper's own on the first
 * pages. The PDF's address is its page, canonical and PDF address.
 * Values from the information dictionary carry no source: no metadata
 * source kind names it.
 */
export function pdfMetadata(facts: PdfFacts): PaperMetadata {
  const meta: PaperMetadata = {
    authors: pdfAuthors(facts),
    relatedDois: [],
    issns: [],
    canonicalUrl: facts.url,
    pageUrl: facts.url,
    pdfUrl: facts.url,
    sources: {},
  };
  const xmpTitle = usableTitle(textOf(facts.xmp['dc:title']));
  const title = xmpTitle ?? usableTitle(textOf(facts.info.Title));
  if (title) meta.title = title;
  else if (facts.heading) meta.title = facts.heading;
  if (xmpTitle) meta.sources.title = 'dublin-core';
  if (!title && facts.heading) meta.sources.title = 'text';
  if (meta.authors.length > 0) meta.firstAuthor = meta.authors[0];
  assignDoi(meta, facts);
  return meta;
}

function assignDoi(meta: PaperMetadata, facts: PdfFacts): void {
  const fromXmp = ['prism:doi', 'pdfx:doi', 'dc:identifier']
    .map((key) => textOf(facts.xmp[key]))
    .map((value) => value && normalizeDoi(value))
    .find(Boolean);
  const described = [facts.xmp['dc:description'], facts.info.Subject]
    .map((value) => textOf(value))
    .map((value) => value && labelledDoi(value))
    .find(Boolean);
  const lead = leadDois(facts.leadText);
  meta.relatedDois = lead.related;
  const doi = fromXmp ?? described ?? lead.doi;
  if (!doi) return;
  meta.doi = doi;
  if (fromXmp) meta.sources.doi = 'prism';
  else if (!described) meta.sources.doi = 'text';
}

/** A DOI in free text counts only when labelled, as in "doi:10...". */
function labelledDoi(text: string): string | undefined {
  const match = /\bdoi(?:\s*:\s*|\s+|\.org\/)10\.\S+/i.exec(text);
  return match ? findDoi(match[0]) : undefined;
}

function pdfAuthors(facts: PdfFacts): string[] {
  const creators = facts.xmp['dc:creator'];
  const names = Array.isArray(creators)
    ? creators.map(textOf)
    : (textOf(facts.info.Author) ?? '').split(/;|\s+and\s+/);
  return names.map((n) => n?.trim() ?? '').filter((n) => n.length > 0);
}

/**
 * Producers often fill the title with a job name ("Microsoft Word -
 * Document1", "6489122611071476 1..10"): a title needs three words of
 * letters and must not name a file.
 */
function usableTitle(value: string | undefined): string | undefined {
  const title = value?.replace(/\s+/g, ' ').trim();
  if (!title || /^microsoft \w+ -|\.(?:docx?|pdf|tex|dvi)$/i.test(title)) {
    return undefined;
  }
  const words = title.split(' ').filter((w) => /\p{L}{2,}/u.test(w));
  return words.length >= 3 ? title : undefined;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return textOf(value[0]);
  return undefined;
}
