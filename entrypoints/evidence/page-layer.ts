import type {
  EvidenceRequest,
  QuoteStatus,
  QuoteToShow,
} from '@/core/evidence-protocol';
import { captureSelection, pageAddress } from './capture';
import { showItemsOnHover } from './hover-tooltip';
import { watchLateText } from './late-text';
import { createPainter } from './painter';
import { placeQuotes, statusesOf, type PlacedQuote } from './place-quotes';

/** The evidence layer of one page: answers the panel's requests. */
export interface PageLayer {
  handle(request: EvidenceRequest): unknown;
}

const REQUESTS = new Set([
  'evidence:capture',
  'evidence:show',
  'evidence:scroll-to',
]);

/** Narrows a runtime message to an evidence request. */
export function isEvidenceRequest(value: unknown): value is EvidenceRequest {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof type === 'string' && REQUESTS.has(type);
}

/**
 * Builds the layer over `doc`. `onLateAnchor` is called when quotes that
 * were orphaned are found in text the page added later, so the panel can
 * ask again for their status.
 */
export function createPageLayer(
  doc: Document,
  onLateAnchor: () => void,
): PageLayer {
  const painter = createPainter(doc);
  let placed: PlacedQuote[] = [];
  let watcher: { stop(): void } | undefined;
  showItemsOnHover(doc, () => placed);

  function show(quotes: QuoteToShow[]): QuoteStatus[] {
    watcher?.stop();
    placed = placeQuotes(doc.body, quotes);
    painter.paint(placed);
    if (placed.some((p) => p.status === 'orphaned')) {
      watcher = watchLateText(doc.body, retryOrphans);
    }
    return statusesOf(placed);
  }

  // Ranges of quotes already found are live and follow DOM changes; only
  // the orphans are looked for again.
  function retryOrphans(): boolean {
    const orphans = placed.filter((p) => p.status === 'orphaned');
    const again = placeQuotes(
      doc.body,
      orphans.map((p) => p.quote),
    );
    const found = again.filter((p) => p.status !== 'orphaned');
    if (found.length === 0) return false;
    const byId = new Map(found.map((p) => [p.quote.id, p]));
    placed = placed.map((p) => byId.get(p.quote.id) ?? p);
    painter.paint(placed);
    onLateAnchor();
    return found.length === orphans.length;
  }

  function scrollTo(id: string): boolean {
    const range = placed.find((p) => p.quote.id === id)?.range;
    if (!range) return false;
    const target = range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    painter.flash(range);
    return true;
  }

  return {
    handle(request) {
      if (request.type === 'evidence:show') return show(request.quotes);
      if (request.type === 'evidence:scroll-to') return scrollTo(request.id);
      return captureSelection(doc, pageAddress(doc.location?.href ?? ''));
    },
  };
}
