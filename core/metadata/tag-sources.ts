import { normalizeDoi } from './doi';
import {
  parseArxivId,
  parseIdentifier,
  parseIssn,
  parsePmcid,
  parsePmid,
  type Identifier,
} from './identifiers';
import { all, first, type MetaTags } from './meta-tags';
import { idsOf, type SourceRecord } from './source-record';

/** Reads Highwire Press `citation_*` tags, the richest vocabulary. */
export function readHighwire(tags: MetaTags): SourceRecord {
  const authors = all(tags, 'citation_author');
  const joined = first(tags, 'citation_authors');
  return {
    title: first(tags, 'citation_title'),
    authors: authors.length ? authors : joined?.split(';').map((a) => a.trim()),
    date: first(
      tags,
      'citation_publication_date',
      'citation_date',
      'citation_online_date',
      'citation_cover_date',
      'citation_year',
    ),
    journal: first(tags, 'citation_journal_title', 'citation_conference_title'),
    publisher: first(tags, 'citation_publisher'),
    volume: first(tags, 'citation_volume'),
    issue: first(tags, 'citation_issue'),
    firstPage: first(tags, 'citation_firstpage'),
    lastPage: first(tags, 'citation_lastpage'),
    pdfUrl: first(tags, 'citation_pdf_url'),
    ids: [
      ...idsOf('doi', all(tags, 'citation_doi'), normalizeDoi),
      ...idsOf('pmid', all(tags, 'citation_pmid'), parsePmid),
      ...idsOf('pmcid', all(tags, 'citation_pmcid'), parsePmcid),
      ...idsOf('issn', all(tags, 'citation_issn', 'citation_eissn'), parseIssn),
      ...all(tags, 'citation_arxiv_id').map(parseArxivId),
    ].filter((id): id is Identifier => !!id),
  };
}

/**
 * Reads Dublin Core (`dc.*`, `dcterms.*`). `dc.identifier` mixes kinds: each
 * value is classified, so a journal ISSN there never names the paper.
 */
export function readDublinCore(tags: MetaTags): SourceRecord {
  const identifiers = all(
    tags,
    'dc.identifier',
    'dcterms.identifier',
    'dc.identifier.doi',
  );
  return {
    title: first(tags, 'dc.title', 'dcterms.title'),
    authors: all(tags, 'dc.creator', 'dcterms.creator'),
    date: first(
      tags,
      'dcterms.issued',
      'dc.date.issued',
      'dc.date',
      'dcterms.date',
      'dcterms.created',
    ),
    journal: first(tags, 'dc.relation.ispartof', 'dcterms.ispartof'),
    publisher: first(tags, 'dc.publisher', 'dcterms.publisher'),
    ids: identifiers
      .map(parseIdentifier)
      .filter((id): id is Identifier => !!id),
  };
}

/** Reads PRISM (`prism.*`), common on Elsevier, Springer Nature and Wiley. */
export function readPrism(tags: MetaTags): SourceRecord {
  return {
    journal: first(tags, 'prism.publicationname'),
    date: first(tags, 'prism.publicationdate', 'prism.coverdate'),
    volume: first(tags, 'prism.volume'),
    issue: first(tags, 'prism.number', 'prism.issueidentifier'),
    firstPage: first(tags, 'prism.startingpage'),
    lastPage: first(tags, 'prism.endingpage'),
    ids: [
      ...idsOf('doi', all(tags, 'prism.doi'), normalizeDoi),
      ...idsOf('issn', all(tags, 'prism.issn', 'prism.eissn'), parseIssn),
    ],
  };
}

/** Reads Open Graph: only a title, a date and the page's own URL. */
export function readOpenGraph(tags: MetaTags): SourceRecord {
  return {
    title: first(tags, 'og:title'),
    date: first(tags, 'article:published_time'),
    canonicalUrl: first(tags, 'og:url'),
    ids: [],
  };
}
