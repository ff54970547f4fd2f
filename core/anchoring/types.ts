/** W3C Web Annotation selector locating a quote by its text and context. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation selector locating a quote by character offsets. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** The selectors stored with an evidence quote. */
export interface QuoteSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** How a quote was found again. */
export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

/** A quote found again, with offsets in the original (unnormalised) text. */
export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 0 to 1: similarity of the quote and its context at the found place. */
  score: number;
  /** The reviewer must confirm the place before it is trusted. */
  needsConfirmation: boolean;
}

/** Tuning of `anchorQuote`; the defaults suit paper-length texts. */
export interface AnchorOptions {
  /**
   * Largest share of the normalised quote that may differ (edits) in a fuzzy
   * match. Default 0.25.
   */
  maxErrorRate?: number;
}
