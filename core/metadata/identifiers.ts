import { normalizeDoi } from './doi';

/** An identifier value recognised by its shape or its prefix. */
export type Identifier =
  | { kind: 'doi' | 'pmid' | 'pmcid' | 'issn'; value: string }
  | { kind: 'arxiv'; value: string; version?: number };

// The hyphen may only be left out after an ISSN prefix: a bare eight-digit
// number is more likely a PMID.
const ISSN = /^(?:(?:urn:issn:|issn:?\s*)(\d{4})-?|(\d{4})-)(\d{3}[\dX])$/i;
const PMID = /^(?:info:pmid\/|urn:pmid:|pmid:?\s*)(\d{1,9})$/i;
const PMCID = /^(?:pmcid:?\s*)?(PMC\d{1,9})$/i;
const ARXIV_PREFIX = /^(?:arxiv:|info:arxiv\/|urn:arxiv:)\s*/i;
// New style `2101.01234v2` (since 2007) and old style `hep-th/9901001v1`,
// sometimes written with a subject class such as `math.GT/0309136`.
const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v(\d+))?$/;

/**
 * Classifies one identifier value (from `dc.identifier`, a JSON-LD
 * `identifier`, a tag meant for one kind). A bare number is not taken for a
 * PMID: only a prefixed one is. Returns undefined for anything else.
 */
export function parseIdentifier(raw: string): Identifier | undefined {
  const value = raw.trim();
  const doi = normalizeDoi(value);
  if (doi) return { kind: 'doi', value: doi };
  const issn = parseIssn(value);
  if (issn) return { kind: 'issn', value: issn };
  const pmid = PMID.exec(value);
  if (pmid?.[1]) return { kind: 'pmid', value: pmid[1] };
  const pmcid = PMCID.exec(value);
  if (pmcid?.[1]) return { kind: 'pmcid', value: pmcid[1].toUpperCase() };
  if (ARXIV_PREFIX.test(value)) return parseArxivId(value);
  return undefined;
}

/** Parses an arXiv id, with or without an `arXiv:` prefix and version. */
export function parseArxivId(raw: string): Identifier | undefined {
  const match = ARXIV_ID.exec(raw.trim().replace(ARXIV_PREFIX, ''));
  if (!match?.[1]) return undefined;
  const version = match[2] ? Number(match[2]) : undefined;
  return { kind: 'arxiv', value: match[1], version };
}

/**
 * Returns `1234-567X` for a value shaped like an ISSN. The check digit is not
 * verified: publishers' tags carry mistyped ISSNs often enough that dropping
 * them would lose more than it protects.
 */
export function parseIssn(raw: string): string | undefined {
  const match = ISSN.exec(raw.trim());
  const head = match?.[1] ?? match?.[2];
  if (!head || !match?.[3]) return undefined;
  return `${head}-${match[3].toUpperCase()}`;
}

/** Parses a tag meant to hold a PMID: a bare number is fine there. */
export function parsePmid(raw: string): string | undefined {
  const value = raw.trim();
  return /^\d{1,9}$/.test(value) ? value : PMID.exec(value)?.[1];
}

/** Parses a tag meant to hold a PMCID, accepting the bare number too. */
export function parsePmcid(raw: string): string | undefined {
  const value = raw.trim();
  if (/^\d{1,9}$/.test(value)) return `PMC${value}`;
  return PMCID.exec(value)?.[1]?.toUpperCase();
}
