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
