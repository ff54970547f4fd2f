import { normalizeText } from '../anchoring/normalize';
import type { PaperRecord } from '../assessment/types';
import { samePaper } from '../metadata/identity';
import type { PaperIdentity, PaperMetadata } from '../metadata/types';

/** A stored paper the PDF was found to be, and by which rule. */
export interface StoredPaperMatch {
  record: PaperRecord;
  /** `identifier`: a shared DOI, address or fingerprint. `title`: see below. */
  by: 'identifier' | 'title';
}

// Shorter titles ("Introduction", "Editorial") are shared by many papers.
const MIN_TITLE_KEY = 24;

/**
 * Finds the stored paper a PDF belongs to. First by a shared name (DOI,
 * address, fingerprint) with no conflicting identifier. Else by title: a
 * stored article page that declared a PDF version (`pdfUrl`) and whose
 * title reads exactly like the PDF's title. The title rule exists because
 * a copy of a PDF (saved to disk, served from a mirror) keeps neither its
 * address nor, often, its file name, and a PDF without a DOI has nothing
 * else in common with its article page. Known shortcoming: two papers that
 * share a long title word for word, one of them with a PDF link, would be
 * taken for one; the reply says `title` so the panel can show the match.
 */
export function findStoredPaper(
  pdf: { identity: PaperIdentity; metadata: PaperMetadata },
  stored: ReadonlyArray<PaperRecord>,
): StoredPaperMatch | undefined {
  const byName = stored.find((record) => samePaper(pdf.identity, record));
  if (byName) return { record: byName, by: 'identifier' };
  const title = titleKey(pdf.metadata.title);
  if (!title) return undefined;
  const byTitle = stored.find(
    (record) =>
      !!record.metadata.pdfUrl &&
      titleKey(record.metadata.title) === title &&
      !conflicts(pdf.identity, record),
  );
  return byTitle && { record: byTitle, by: 'title' };
}

/**
 * The PDF's identity under the stored paper's key, so the panel opens the
 * same assessment; every name of both is kept as an alias.
 */
export function adoptStoredKey(
  own: PaperIdentity,
  stored: PaperRecord,
): PaperIdentity {
  const names = new Set([...stored.aliases, own.key, ...own.aliases]);
  names.delete(stored.key);
  return { key: stored.key, aliases: [...names] };
}

function titleKey(title: string | undefined): string | undefined {
  const key = title ? normalizeText(title).key.trim() : '';
  return key.length >= MIN_TITLE_KEY ? key : undefined;
}

/** Both name a DOI (or PMID...) and the values differ. */
function conflicts(identity: PaperIdentity, record: PaperRecord): boolean {
  const strong = (names: string[]) =>
    names.filter((n) => /^(?:doi|pmid|pmcid|arxiv):/.test(n));
  const mine = strong([identity.key, ...identity.aliases]);
  const theirs = strong([record.key, ...record.aliases]);
  return (
    mine.length > 0 &&
    theirs.length > 0 &&
    !mine.some((name) => theirs.includes(name))
  );
}
