/**
 * An assessment: one reviewer's scoring of one paper with one rubric, with
 * the evidence quotes behind the answers. Every answer, profile answer and
 * quote carries its own `updatedAt`, so two panels editing the same record
 * can merge field by field and the newer edit always wins.
 */
import type { ItemAnswer } from '../rubric/types';
import type {
  TextPositionSelector,
  TextQuoteSelector,
} from '../anchoring/types';
import type { PaperMetadata } from '../metadata/types';

export const ASSESSMENT_SCHEMA_VERSION = 1;

/** Milliseconds since the epoch; comparable across contexts. */
export type Timestamp = number;

export interface PaperRecord {
  /** Stable identity: `doi:…`, `pmid:…`, `pmcid:…`, `arxiv:…` or `url:…`. */
  key: string;
  /** Every other identifier or address seen for the same paper. */
  aliases: string[];
  metadata: Partial<PaperMetadata>;
}

export interface ProfileEntry {
  option: string;
  updatedAt: Timestamp;
}

export interface ItemEntry {
  /** Absent while the item is unanswered (a note may exist before it). */
  answer?: ItemAnswer;
  note?: string;
  updatedAt: Timestamp;
}

export interface EvidenceSource {
  /** The address the quote was taken from (article page or PDF). */
  url: string;
  kind: 'html' | 'pdf';
  /** 1-based page number, for PDFs. */
  page?: number;
}

export interface EvidenceEntry {
  id: string;
  /** Items this quote supports; one quote can serve several items. */
  itemIds: string[];
  /**
   * W3C Web Annotation selectors of the quote: its text with context, and
   * its offsets in the document's text. A page-level note on a PDF without
   * a text layer has none.
   */
  selectors: [TextQuoteSelector, TextPositionSelector] | [];
  source: EvidenceSource;
  comment?: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** Kept as a tombstone so a merge cannot bring a removed quote back. */
  deleted?: boolean;
}

export interface Assessment {
  schemaVersion: typeof ASSESSMENT_SCHEMA_VERSION;
  id: string;
  paper: PaperRecord;
  reviewer: string;
  rubric: { id: string; version: string };
  profile: Record<string, ProfileEntry>;
  items: Record<string, ItemEntry>;
  evidence: Record<string, EvidenceEntry>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
