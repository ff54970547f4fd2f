import { domainColour } from '@/components/evidence/domain-colour';
import type { PlacedQuote } from './place-quotes';
import { FLASH_MS, type Painter } from './painter';
import { createShadowHost } from './shadow-host';

const BOX_STYLE = `
  .box { position: absolute; pointer-events: none; mix-blend-mode: multiply; opacity: 0.55; }
  .box.unconfirmed { border-bottom: 2px dashed #c62828; opacity: 0.35; }
  .box.flash { background: #ff9800; opacity: 0.6; }
`;

/**
 * The fallback without the Highlight API: boxes over the quotes' client
 * rectangles, drawn in a closed shadow root appended to `<html>`, so the
 * page's scripts and text nodes never see them. Boxes are redrawn on
 * resize and scroll (once per frame), as the text moves on reflow.
 */
export function createBoxPainter(doc: Document): Painter {
  const { root } = createShadowHost(doc, 'radar-evidence-boxes', BOX_STYLE);
  const layer = doc.createElement('div');
  root.append(layer);
  const win = doc.defaultView!;
  let placed: PlacedQuote[] = [];
  let flashed: Range | null = null;
  let queued = false;

  function draw() {
    queued = false;
    layer.replaceChildren();
    for (const { quote, range, status } of placed) {
      if (!range) continue;
      const kind = status === 'needs-confirmation' ? 'unconfirmed' : '';
      drawRange(layer, range, kind, domainColour(quote.domain));
    }
    if (flashed) drawRange(layer, flashed, 'flash', '');
  }
  function redraw() {
    if (queued) return;
    queued = true;
    win.requestAnimationFrame(draw);
  }
  win.addEventListener('resize', redraw);
  win.addEventListener('scroll', redraw, { capture: true, passive: true });

  return {
    paint(next) {
      placed = next;
      redraw();
    },
    flash(range) {
      flashed = range;
      redraw();
      setTimeout(() => {
        flashed = null;
        redraw();
      }, FLASH_MS);
    },
  };
}

function drawRange(
  layer: HTMLElement,
  range: Range,
  kind: string,
  colour: string,
): void {
  const win = layer.ownerDocument.defaultView!;
  for (const rect of range.getClientRects()) {
    const box = layer.ownerDocument.createElement('div');
    box.className = `box ${kind}`;
    Object.assign(box.style, {
      left: `${rect.left + win.scrollX}px`,
      top: `${rect.top + win.scrollY}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
      background: colour || '',
    });
    layer.append(box);
  }
}
