/** Bibliographic cells of an exported paper, read from its metadata. */
import type { AssessmentExport } from './format-schema';

type Paper = AssessmentExport['paper'];

/** The DOI: from the metadata, else from a `doi:` paper key. */
export function doiOf(paper: Paper): string | null {
  if (paper.metadata.doi) return paper.metadata.doi;
  return paper.key.startsWith('doi:') ? paper.key.slice(4) : null;
}

/** The PubMed id: from the metadata, else from a `pmid:` paper key. */
export function pmidOf(paper: Paper): string | null {
  if (paper.metadata.pmid) return paper.metadata.pmid;
  return paper.key.startsWith('pmid:') ? paper.key.slice(5) : null;
}

/** The first author's name as the page spells it. */
export function firstAuthorOf(paper: Paper): string | null {
  return paper.metadata.firstAuthor ?? paper.metadata.authors?.[0] ?? null;
}

/** The publication year, from the year field or the date's first digits. */
export function yearOf(paper: Paper): number | null {
  if (paper.metadata.year !== undefined) return paper.metadata.year;
  const match = /^\d{4}/.exec(paper.metadata.date ?? '');
  return match ? Number(match[0]) : null;
}

/**
 * The family name of an author as pages usually write it: "Smith, Jane",
 * "Jane Smith" or "Smith JA". Particles ("van der Berg") and names written
 * family-name first without initials ("Wang Li") come out wrong; the label
 * only has to tell studies apart in a plot, so we accept that.
 */
export function familyName(author: string): string {
  const name = author.trim();
  if (name.includes(',')) return name.split(',')[0]!.trim();
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  const initials = /^[A-Z]{1,3}$/.test(last.replace(/\./g, ''));
  return words.length > 1 && initials ? words[0]! : last;
}
