/**
 * The paper record of an assessment started by hand, on a page that is not
 * recognised as an article: the reviewer types a DOI or a title.
 */
import type { PaperRecord } from '@/core/assessment/types';
import { doiKey, findDoi } from '@/core/metadata';

/**
 * Reads a DOI (in any written form) or else a title. A DOI gives the key
 * `doi:<lower-cased doi>`, a title `title:<normalised title>`; returns
 * undefined when the text holds neither.
 */
export function manualPaper(text: string): PaperRecord | undefined {
  const doi = findDoi(text);
  if (doi) {
    return { key: `doi:${doiKey(doi)}`, aliases: [], metadata: { doi } };
  }
  const normalised = normaliseTitle(text);
  if (!normalised) return undefined;
  return {
    key: `title:${normalised}`,
    aliases: [],
    metadata: { title: text.trim().replace(/\s+/g, ' ') },
  };
}

/**
 * The form under which two typings of one title meet: lower case, accents
 * and punctuation dropped, single spaces. Titles that differ only in a word
 * still get different keys; we don't currently match them fuzzily.
 */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
