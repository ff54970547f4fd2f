import type { PlacedQuote } from './place-quotes';
import { createBoxPainter } from './box-painter';
import { createCssPainter } from './css-painter';

/** Draws the highlights of placed quotes without touching the page's DOM. */
export interface Painter {
  /** Replaces every highlight drawn before. */
  paint(placed: PlacedQuote[]): void;
  /** Briefly emphasises one passage the reviewer jumped to. */
  flash(range: Range): void;
}

/** How long a passage the reviewer jumped to stays emphasised. */
export const FLASH_MS = 1500;

/**
 * The CSS Custom Highlight API where the browser has it (it follows the
 * text on reflow by itself); otherwise boxes drawn over the text.
 */
export function createPainter(doc: Document): Painter {
  const win = doc.defaultView;
  const hasHighlights =
    typeof win?.Highlight === 'function' && win.CSS?.highlights !== undefined;
  return hasHighlights ? createCssPainter(doc) : createBoxPainter(doc);
}
