import { normalizeDoi } from './doi';
import {
  parseIdentifier,
  parseIssn,
  parsePmcid,
  parsePmid,
  type Identifier,
} from './identifiers';
import { idsOf, type SourceRecord } from './source-record';
import {
  hasType,
  isNode,
  isString,
  list,
  optional,
  parse,
  personName,
  text,
  typeName,
  type JsonNode,
} from './json-ld-values';
import { identifiersFromUrl } from './url-identifiers';

const SCHOLARLY = new Set(['ScholarlyArticle', 'MedicalScholarlyArticle']);
const ID_PARSERS: Record<string, (raw: string) => string | undefined> = {
  doi: normalizeDoi,
  pmid: parsePmid,
  pmcid: parsePmcid,
};

/**
 * Reads the first schema.org ScholarlyArticle (or subtype) found in the
 * page's JSON-LD scripts, at the top level, in `@graph` or nested (as the
 * `mainEntity` of a WebPage). Malformed scripts are skipped.
 */
export function readJsonLd(doc: Document): SourceRecord {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (const script of scripts) {
    const article = findArticle(parse(script.textContent ?? ''), 0);
    if (article) return toRecord(article);
  }
  return { ids: [] };
}

function toRecord(article: JsonNode): SourceRecord {
  const containers = chain(article.isPartOf, 0);
  const periodical = containers.find((n) => hasType(n, 'Periodical'));
  const volume = containers.find((n) => hasType(n, 'PublicationVolume'));
  const issue = containers.find((n) => hasType(n, 'PublicationIssue'));
  return {
    title: text(article.headline) ?? text(article.name),
    authors: list(article.author).map(personName).filter(isString),
    date: text(article.datePublished) ?? text(article.dateCreated),
    journal: text(periodical?.name),
    publisher: personName(article.publisher),
    volume: text(volume?.volumeNumber),
    issue: text(issue?.issueNumber),
    firstPage: text(article.pageStart),
    lastPage: text(article.pageEnd),
    ids: [
      ...list(article.identifier).flatMap(readIdentifier),
      ...list(article.sameAs).filter(isString).flatMap(identifiersFromUrl),
      ...idsOf('issn', list(periodical?.issn).filter(isString), parseIssn),
    ],
  };
}

function readIdentifier(value: unknown): Identifier[] {
  if (typeof value === 'string') return optional(parseIdentifier(value));
  if (!isNode(value)) return [];
  const raw = text(value.value);
  const kind = text(value.propertyID)?.toLowerCase() ?? '';
  const parser = ID_PARSERS[kind];
  if (!raw) return [];
  if (!parser) return optional(parseIdentifier(raw));
  return idsOf(kind as 'doi' | 'pmid' | 'pmcid', [raw], parser);
}

// Each object level costs two steps (the object, then its values): eight
// reach an article four objects deep, as in `@graph` > WebPage > mainEntity.
function findArticle(value: unknown, depth: number): JsonNode | undefined {
  if (depth > 8) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!isNode(value)) return undefined;
  if (list(value['@type']).some((t) => SCHOLARLY.has(typeName(t)))) {
    return value;
  }
  return findArticle(Object.values(value), depth + 1);
}

/** The article's containers: issue, then volume, then periodical. */
function chain(value: unknown, depth: number): JsonNode[] {
  const node = list(value).find(isNode);
  if (!node || depth > 3) return [];
  return [node, ...chain(node.isPartOf, depth + 1)];
}
