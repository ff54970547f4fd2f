import { readHtml } from './html-source';
import { readJsonLd } from './json-ld';
import { readMetaTags } from './meta-tags';
import { merge } from './merge-sources';
import type { NamedRecord } from './source-record';
import {
  readDublinCore,
  readHighwire,
  readOpenGraph,
  readPrism,
} from './tag-sources';
import type { PaperMetadata } from './types';

/**
 * Reads the bibliographic metadata of the paper shown in `doc`, loaded from
 * `url`. Sources are trusted in this order: Highwire `citation_*`, JSON-LD,
 * PRISM, Dublin Core, Open Graph, plain HTML; identifiers then fall back to
 * the URL and, for the DOI, to the opening lines of the text.
 */
export function readPaperMetadata(doc: Document, url: string): PaperMetadata {
  const tags = readMetaTags(doc);
  const records: NamedRecord[] = [
    ['highwire', readHighwire(tags)],
    ['json-ld', readJsonLd(doc)],
    ['prism', readPrism(tags)],
    ['dublin-core', readDublinCore(tags)],
    ['open-graph', readOpenGraph(tags)],
    ['html', readHtml(doc, tags)],
  ];
  return merge(records, doc, url);
}
