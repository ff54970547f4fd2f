/** Where a metadata value was read from. */
export type MetadataSource =
  | 'highwire' // citation_* meta tags (Google Scholar's convention)
  | 'dublin-core' // dc.* and dcterms.* meta tags
  | 'prism' // prism.* meta tags
  | 'open-graph' // og:* and article:* meta tags
  | 'json-ld' // a schema.org ScholarlyArticle in a JSON-LD script
  | 'html' // <title>, <meta name="author">, <link rel="canonical">
  | 'url' // the page URL
  | 'text'; // the first lines of the page's visible text

/** Bibliographic description of the paper shown in a page. */
export interface PaperMetadata {
  title?: string;
  /** Author names in byline order, as the page spells them. */
  authors: string[];
  firstAuthor?: string;
  /** Publication date as given, reduced to `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
  year?: number;
  journal?: string;
  publisher?: string;
  volume?: string;
  issue?: string;
  firstPage?: string;
  lastPage?: string;
  /** The article's own DOI in its published case; compare with `sameDoi`. */
  doi?: string;
  /**
   * DOIs the page's opening lines point to as another version of the work
   * ("the published version is available at ..."): never the article's DOI.
   */
  relatedDois: string[];
  pmid?: string;
  /** Upper-case `PMC` followed by digits. */
  pmcid?: string;
  /** arXiv identifier without its version suffix. */
  arxivId?: string;
  arxivVersion?: number;
  /** Journal ISSNs (print and electronic): they name a journal, not a paper. */
  issns: string[];
  pdfUrl?: string;
  canonicalUrl: string;
  /** The page URL the metadata was read from, as given. */
  pageUrl: string;
  sources: Partial<Record<SourcedField, MetadataSource>>;
}

/** Fields whose origin is recorded in `PaperMetadata.sources`. */
export type SourcedField =
  | 'title'
  | 'authors'
  | 'date'
  | 'journal'
  | 'publisher'
  | 'volume'
  | 'issue'
  | 'firstPage'
  | 'lastPage'
  | 'doi'
  | 'pmid'
  | 'pmcid'
  | 'arxivId'
  | 'pdfUrl'
  | 'canonicalUrl';

/** Stable name of a paper across visits, plus every other name it goes by. */
export interface PaperIdentity {
  key: string;
  aliases: string[];
}
