import type { Identifier } from './identifiers';
import type { MetadataSource, PaperMetadata } from './types';

/** What one metadata vocabulary of a page says about the paper. */
export type SourceRecord = Partial<
  Pick<
    PaperMetadata,
    | 'title'
    | 'date'
    | 'journal'
    | 'publisher'
    | 'volume'
    | 'issue'
    | 'firstPage'
    | 'lastPage'
    | 'pdfUrl'
    | 'canonicalUrl'
  >
> & {
  /** Optional here, unlike in PaperMetadata: a vocabulary may name none. */
  authors?: string[];
  ids: Identifier[];
};

/** One vocabulary's reading of the page, named after the vocabulary. */
export type NamedRecord = [MetadataSource, SourceRecord];

/** Wraps parsed values as identifiers of one kind, dropping failures. */
export function idsOf(
  kind: 'doi' | 'pmid' | 'pmcid' | 'issn',
  values: string[],
  parse: (raw: string) => string | undefined,
): Identifier[] {
  return values.flatMap((raw) => {
    const value = parse(raw);
    return value ? [{ kind, value }] : [];
  });
}
