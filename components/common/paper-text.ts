/**
 * How every page writes a paper's bibliographic details and links to it.
 */
import type { PaperMetadata } from '@/core/metadata';

/** "Smith", "Smith et al." when there are co-authors, or undefined. */
export function authorLine(meta: Partial<PaperMetadata>): string | undefined {
  const authors = meta.authors ?? [];
  const first = meta.firstAuthor ?? authors[0];
  if (!first) return undefined;
  return authors.length > 1 ? `${first} et al.` : first;
}

/** The year, from `year` or else the leading digits of `date`. */
export function yearOf(meta: Partial<PaperMetadata>): number | undefined {
  if (meta.year !== undefined) return meta.year;
  const match = meta.date?.match(/^\d{4}/);
  return match ? Number(match[0]) : undefined;
}

/**
 * What to call a paper: its title, else the file name of the address it
 * was read from (a scanned PDF has no title to read), else `fallback`.
 */
export function displayTitle(
  meta: Partial<PaperMetadata>,
  fallback: string,
): string {
  const title = meta.title?.trim();
  if (title) return title;
  const address = meta.pageUrl ?? meta.pdfUrl ?? '';
  const file = address.split(/[?#]/)[0]!.split('/').pop() ?? '';
  return safeDecode(file) || fallback;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The DOI's resolver address, each suffix character kept and escaped. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}

/** The address when it is http(s), otherwise undefined. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
