import type { PlacedQuote } from './place-quotes';
import { createShadowHost } from './shadow-host';

const TOOLTIP_STYLE = `
  .tip { position: fixed; max-width: 22rem; padding: 0.35rem 0.55rem;
    font: 12px/1.4 system-ui, sans-serif; color: #fff; background: #263238;
    border-radius: 4px; box-shadow: 0 2px 6px rgba(0,0,0,.3); white-space: pre-line; }
  .tip[hidden] { display: none; }
`;

/**
 * Shows, while the pointer rests on a highlighted quote, the items the
 * quote supports. Reads the quotes through `current` so it always sees the
 * latest placement.
 */
export function showItemsOnHover(
  doc: Document,
  current: () => PlacedQuote[],
): void {
  const { root } = createShadowHost(doc, 'radar-evidence-tip', TOOLTIP_STYLE);
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.hidden = true;
  root.append(tip);
  const win = doc.defaultView!;
  let pending: MouseEvent | null = null;

  // One look-up per frame, however fast the pointer moves.
  doc.addEventListener('mousemove', (event) => {
    if (!pending) win.requestAnimationFrame(() => update(pending!));
    pending = event;
  });
  function update(event: MouseEvent) {
    pending = null;
    const hits = quotesAt(win, current(), event.clientX, event.clientY);
    const labels = [...new Set(hits.flatMap((p) => p.quote.itemLabels))];
    tip.hidden = labels.length === 0;
    tip.textContent = labels.join('\n');
    tip.style.left = `${event.clientX + 12}px`;
    tip.style.top = `${event.clientY + 16}px`;
  }
}

/** The placed quotes under a point of the viewport. */
export function quotesAt(
  win: NonNullable<Document['defaultView']>,
  placed: PlacedQuote[],
  x: number,
  y: number,
): PlacedQuote[] {
  const registry = win.CSS?.highlights as HighlightRegistryWithHits | undefined;
  if (registry?.highlightsFromPoint) {
    const ranges = new Set(
      registry.highlightsFromPoint(x, y).flatMap((hit) => hit.ranges),
    );
    return placed.filter((p) => p.range && ranges.has(p.range));
  }
  return placed.filter((p) => p.range && containsPoint(p.range, x, y));
}

function containsPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

// Newer than TypeScript's DOM library.
interface HighlightRegistryWithHits {
  highlightsFromPoint?(
    x: number,
    y: number,
  ): { highlight: Highlight; ranges: AbstractRange[] }[];
}
