/**
 * How the report and the dashboard name a paper and where they link to it.
 */
import {
  displayTitle,
  doiUrl,
  safeHref,
  yearOf,
} from '@/components/common/paper-text';
import type { Assessment, PaperRecord } from '@/core/assessment/types';

/** The first author's name as the page gave it, or undefined. */
export function firstAuthorOf(paper: PaperRecord): string | undefined {
  const meta = paper.metadata;
  return meta.firstAuthor ?? meta.authors?.[0];
}

/** The title, the file name, or the paper's key when there is neither. */
export function titleOf(paper: PaperRecord): string {
  return displayTitle(paper.metadata, paper.key);
}

/** "Smith 2023 – Ana": how a plot legend names one assessment. */
export function seriesName(assessment: Assessment): string {
  const { paper } = assessment;
  const who = firstAuthorOf(paper) ?? titleOf(paper);
  const year = yearOf(paper.metadata);
  const reviewer = assessment.reviewer || 'no reviewer';
  return `${who}${year === undefined ? '' : ` ${year}`} – ${reviewer}`;
}

/**
 * The address to open the paper at: its canonical page, the page it was
 * read from, its DOI, or a `url:` key. Only http(s) addresses are returned,
 * so a crafted record cannot smuggle a `javascript:` link into the page.
 */
export function paperUrl(paper: PaperRecord): string | undefined {
  const meta = paper.metadata;
  const candidates = [
    meta.canonicalUrl,
    meta.pageUrl,
    meta.doi ? doiUrl(meta.doi) : undefined,
    paper.key.startsWith('url:') ? paper.key.slice(4) : undefined,
  ];
  return candidates.map(safeHref).find((url) => url !== undefined);
}
