import type { ItemPiece } from '@/core/pdf';
import type { PageSpans } from './text-layer-spans';

/** One quote's highlight on a page. */
export interface PageHighlight {
  id: string;
  colour: string;
  title: string;
  pieces: ItemPiece[];
}

const LAYER_CLASS = 'radar-highlights';

/**
 * Draws highlights as boxes over a page's text layer, in a layer of the
 * page's own. Boxes are placed in percent of the page, so a zoom that only
 * rescales the page keeps them in place; pdf.js removes the layer when it
 * renders the page again, and the caller redraws after `textlayerrendered`.
 */
export function drawPageHighlights(
  pageDiv: HTMLElement,
  spans: PageSpans,
  highlights: PageHighlight[],
): void {
  pageDiv.querySelector(`.${LAYER_CLASS}`)?.remove();
  if (highlights.length === 0) return;
  const layer = document.createElement('div');
  layer.className = LAYER_CLASS;
  // The text layer covers the page's drawing exactly (the page div also has
  // a border): boxes are placed in its frame, and the layer copies it.
  const textLayer = pageDiv.querySelector('.textLayer');
  if (!textLayer) return;
  const frame = textLayer.getBoundingClientRect();
  for (const highlight of highlights) {
    for (const piece of highlight.pieces) {
      for (const rect of pieceRects(spans, piece)) {
        layer.append(box(highlight, rect, frame));
      }
    }
  }
  // Under the text layer, so selecting text keeps working through the boxes.
  textLayer.before(layer);
}

function pieceRects(spans: PageSpans, piece: ItemPiece): DOMRect[] {
  const k = spans.items.indexOf(piece.item);
  const span = spans.spans[k];
  if (!span) return [];
  const range = document.createRange();
  const start = textPoint(span, piece.from);
  const end = textPoint(span, piece.to);
  if (!start || !end) return [];
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return [...range.getClientRects()].filter((r) => r.width > 0);
}

/** The text node and offset at a character of a span (find may split it). */
function textPoint(span: HTMLElement, at: number) {
  const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT);
  let left = at;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).length;
    if (left <= length) return { node, offset: left };
    left -= length;
  }
  return null;
}

function box(highlight: PageHighlight, rect: DOMRect, frame: DOMRect) {
  const element = document.createElement('div');
  element.className = 'radar-highlight';
  element.dataset.quoteId = highlight.id;
  element.title = highlight.title;
  const percent = (value: number, whole: number) =>
    `${((100 * value) / whole).toFixed(3)}%`;
  Object.assign(element.style, {
    left: percent(rect.left - frame.left, frame.width),
    top: percent(rect.top - frame.top, frame.height),
    width: percent(rect.width, frame.width),
    height: percent(rect.height, frame.height),
    background: highlight.colour,
  });
  return element;
}
