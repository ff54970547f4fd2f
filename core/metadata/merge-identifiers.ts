import { parseArxivId, type Identifier } from './identifiers';
import { readLeadDois } from './lead-text';
import type { NamedRecord } from './source-record';
import type { MetadataSource, PaperMetadata } from './types';
import { identifiersFromUrl } from './url-identifiers';

// arXiv registers a DataCite DOI for every paper: 10.48550/arXiv.<id>.
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

/**
 * Sets DOI, PMID, PMCID, arXiv id and ISSNs: first from the page's tags (in
 * order of trust), then from the URL, then the DOI from the opening text.
 */
export function assignIdentifiers(
  meta: PaperMetadata,
  records: NamedRecord[],
  doc: Document,
  url: string,
): void {
  const found = [
    ...records.flatMap(([source, record]) => tagged(source, record.ids)),
    ...tagged('url', identifiersFromUrl(url)),
  ];
  for (const [source, id] of found) assign(meta, source, id);

  // The opening text is read even when the DOI is known, for related DOIs.
  const lead = readLeadDois(doc);
  if (!meta.doi && lead.doi) {
    assign(meta, 'text', { kind: 'doi', value: lead.doi });
  }
  meta.relatedDois = lead.related.filter((doi) => !sameKey(doi, meta.doi));

  const arxivDoi = meta.doi && ARXIV_DOI.exec(meta.doi)?.[1];
  const arxiv = arxivDoi ? parseArxivId(arxivDoi) : undefined;
  if (arxiv && meta.sources.doi) assign(meta, meta.sources.doi, arxiv);
}

function tagged(
  source: MetadataSource,
  ids: Identifier[],
): [MetadataSource, Identifier][] {
  return ids.map((id) => [source, id]);
}

function assign(
  meta: PaperMetadata,
  source: MetadataSource,
  id: Identifier,
): void {
  if (id.kind === 'issn') {
    if (!meta.issns.includes(id.value)) meta.issns.push(id.value);
    return;
  }
  const field = id.kind === 'arxiv' ? 'arxivId' : id.kind;
  if (meta[field]) return;
  meta[field] = id.value;
  meta.sources[field] = source;
  if (id.kind === 'arxiv') meta.arxivVersion = id.version;
}

function sameKey(a: string, b: string | undefined): boolean {
  return !!b && a.toLowerCase() === b.toLowerCase();
}
