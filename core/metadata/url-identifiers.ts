import { normalizeDoi } from './doi';
import { parseArxivId, type Identifier } from './identifiers';
import { parseUrl, safeDecode } from './urls';

// Publisher pages put the DOI in the path (`/doi/full/10.1148/...`,
// `/articles/10.3389/...`) and often add a view name after it.
const DOI_IN_PATH = /\/(10\.\d{4,9}(?:\.\d+)*\/.+)$/;
const VIEW_SUFFIX =
  /(?:\/(?:full|abstract|abs|pdf|epdf|epub|html|fulltext|figures|references|meta|summary|tables|metrics))+\/?$|\.pdf$|\/$/i;
const PUBMED = /^\/(?:pubmed\/)?(\d{1,9})\/?$/;
const PMC = /\/(PMC\d{1,9})(?:\/|$)/i;
const EUROPE_PMC = /^\/(?:article|abstract)\/(MED|PMC)\/((?:PMC)?\d{1,9})/i;
const ARXIV = /^\/(?:abs|pdf|html|format)\/(.+?)(?:\.pdf)?\/?$/;

/**
 * Reads the identifiers a URL carries: a DOI from doi.org links, publisher
 * paths and `?doi=` queries; PubMed, PMC and Europe PMC ids; arXiv ids.
 */
export function identifiersFromUrl(url: string): Identifier[] {
  const parsed = parseUrl(url);
  if (!parsed) return [];
  const host = parsed.hostname.toLowerCase();
  const path = safeDecode(parsed.pathname);
  const found: (Identifier | undefined)[] = [doiFromUrl(parsed, path)];
  if (host.endsWith('ncbi.nlm.nih.gov')) found.push(...fromNcbi(host, path));
  if (host.endsWith('europepmc.org')) found.push(fromEuropePmc(path));
  if (host.endsWith('arxiv.org')) {
    found.push(parseArxivId(ARXIV.exec(path)?.[1] ?? ''));
  }
  return found.filter((id): id is Identifier => !!id);
}

function doiFromUrl(url: URL, path: string): Identifier | undefined {
  const query = url.searchParams.get('doi') ?? url.searchParams.get('id');
  const inPath = DOI_IN_PATH.exec(path)?.[1]?.replace(VIEW_SUFFIX, '');
  const doi = normalizeDoi(inPath ?? '') ?? normalizeDoi(query ?? '');
  return doi ? { kind: 'doi', value: doi } : undefined;
}

function fromNcbi(host: string, path: string): (Identifier | undefined)[] {
  const pmcid = PMC.exec(path)?.[1];
  if (pmcid) return [{ kind: 'pmcid', value: pmcid.toUpperCase() }];
  const onPubmed = host.startsWith('pubmed.') || path.startsWith('/pubmed/');
  const pmid = onPubmed ? PUBMED.exec(path)?.[1] : undefined;
  return pmid ? [{ kind: 'pmid', value: pmid }] : [];
}

function fromEuropePmc(path: string): Identifier | undefined {
  const match = EUROPE_PMC.exec(path);
  if (!match?.[1] || !match[2]) return undefined;
  if (match[1].toUpperCase() === 'MED')
    return { kind: 'pmid', value: match[2] };
  return { kind: 'pmcid', value: match[2].toUpperCase() };
}
