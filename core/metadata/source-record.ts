import type { Identifier } from './identifiers';
import type { MetadataSource } from './types';

/** What one metadata vocabulary of a page says about the paper. */
export interface SourceRecord {
  title?: string;
  authors?: string[];
  date?: string;
  journal?: string;
  publisher?: string;
  volume?: string;
  issue?: string;
  firstPage?: string;
  lastPage?: string;
  pdfUrl?: string;
  canonicalUrl?: string;
  ids: Identifier[];
}

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
