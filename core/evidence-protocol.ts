/**
 * How the side panel talks to the page that shows the paper, whether an
 * article tab (through the injected evidence layer) or the PDF viewer page.
 * Both sides implement the same requests, so the panel does not care which
 * form of the paper the reviewer reads.
 */
import type {
  TextPositionSelector,
  TextQuoteSelector,
} from './anchoring/types';
import type { EvidenceSource } from './assessment/types';

/** A passage the reviewer selected, described so it can be found again. */
export interface CapturedQuote {
  selectors: [TextQuoteSelector, TextPositionSelector];
  source: EvidenceSource;
}

/** A stored quote the page should find and highlight. */
export interface QuoteToShow {
  id: string;
  selectors: [TextQuoteSelector, TextPositionSelector] | [];
  /** Picks the highlight colour; one colour per rubric domain. */
  domain: string;
  /** Shown when the reviewer hovers the highlight. */
  itemLabels: string[];
}

/** Where a stored quote stands on the page after anchoring. */
export interface QuoteStatus {
  id: string;
  status: 'anchored' | 'needs-confirmation' | 'orphaned';
  /** 1-based page, for PDFs. */
  page?: number;
}

export type EvidenceRequest =
  /** Reply: CaptureReply. */
  | { type: 'evidence:capture' }
  /** Reply: QuoteStatus[]. Replaces every highlight shown before. */
  | { type: 'evidence:show'; quotes: QuoteToShow[] }
  /** Reply: boolean, whether the quote was on the page. */
  | { type: 'evidence:scroll-to'; id: string };

export type CaptureReply =
  | { ok: true; quote: CapturedQuote }
  | { ok: false; reason: 'no-selection'; message: string }
  | NoTextLayerReply;

/**
 * The answer of a PDF without text (a scan): nothing can be selected, so
 * the panel offers a page note instead, pointed at `source`.
 */
export interface NoTextLayerReply {
  ok: false;
  reason: 'no-text-layer';
  message: string;
  /**
   * The PDF and the page in view. Only the viewer knows the page, so the
   * text analysis alone leaves it out; without it the panel offers no note.
   */
  source?: EvidenceSource;
  /** How many pages the PDF has, to bound the note's page number. */
  pageCount?: number;
}

/**
 * The viewer page receives runtime messages meant for any extension page;
 * `targetTabId` lets it answer only those addressed to its own tab.
 */
export type AddressedEvidenceRequest = EvidenceRequest & {
  targetTabId?: number;
};
