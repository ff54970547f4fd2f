import { doiKey } from './doi';
import type { PaperIdentity, PaperMetadata } from './types';
import { cleanUrl } from './urls';

// Identifier kinds that name exactly one paper: two records holding
// different values of one of these kinds are different papers, whatever
// URLs they share.
const STRONG_KINDS = ['doi', 'pmid', 'pmcid', 'arxiv'];

/**
 * Names a paper stably across visits. The key is the strongest identifier
 * (`doi:` lower-cased, then `pmid:`, `pmcid:`, `arxiv:` without version,
 * then `url:` canonical URL); the aliases list every other identifier and
 * URL seen, so a later visit through any of them finds the same record.
 * Journal ISSNs and related-version DOIs are left out: they do not name
 * this paper.
 */
export function paperIdentity(meta: PaperMetadata): PaperIdentity {
  const names = [
    meta.doi && `doi:${doiKey(meta.doi)}`,
    meta.pmid && `pmid:${meta.pmid}`,
    meta.pmcid && `pmcid:${meta.pmcid.toUpperCase()}`,
    meta.arxivId && `arxiv:${meta.arxivId}`,
    ...[meta.canonicalUrl, meta.pageUrl, meta.pdfUrl].map(urlName),
  ].filter((name): name is string => !!name);
  const unique = [...new Set(names)];
  return { key: unique[0] ?? `url:${meta.pageUrl}`, aliases: unique.slice(1) };
}

/**
 * Whether two records denote the same paper: they share a name, and no
 * identifier kind that names one paper holds different values in them.
 */
export function samePaper(
  a: PaperMetadata | PaperIdentity,
  b: PaperMetadata | PaperIdentity,
): boolean {
  const left = namesOf(a);
  const right = namesOf(b);
  for (const kind of STRONG_KINDS) {
    const mine = left.filter((name) => name.startsWith(`${kind}:`));
    const theirs = right.filter((name) => name.startsWith(`${kind}:`));
    if (mine.length && theirs.length && !mine.some((n) => theirs.includes(n))) {
      return false;
    }
  }
  return left.some((name) => right.includes(name));
}

function namesOf(record: PaperMetadata | PaperIdentity): string[] {
  const identity = 'key' in record ? record : paperIdentity(record);
  return [identity.key, ...identity.aliases];
}

function urlName(url: string | undefined): string | undefined {
  const clean = url && cleanUrl(url);
  return clean ? `url:${clean}` : undefined;
}
