import { domainColour } from '@/components/evidence/domain-colour';
import type {
  CaptureReply,
  EvidenceRequest,
  QuoteStatus,
} from '@/core/evidence-protocol';
import {
  capturePdfQuote,
  placePdfQuotes,
  pdfQuoteStatuses,
  type DocumentText,
  type PlacedPdfQuote,
} from '@/core/pdf';
import { drawPageHighlights, type PageHighlight } from './highlight-layer';
import { selectionOffsets } from './selection-offsets';
import { pageSpans } from './text-layer-spans';

/** What the evidence session needs of pdf.js's viewer. */
export interface ViewerView {
  pageDiv(page: number): HTMLElement | undefined;
  scrollToPage(page: number): void;
  currentPage(): number;
  onTextLayerRendered(callback: (page: number) => void): void;
}

/**
 * Answers the panel's evidence requests for one open PDF: captures the
 * selection, anchors stored quotes in the whole document's text and keeps
 * their highlights drawn as pdf.js renders pages lazily.
 */
export function createEvidenceSession(
  docText: Promise<DocumentText>,
  url: string,
  view: ViewerView,
) {
  let placed: PlacedPdfQuote[] = [];
  let scrollTarget: string | undefined;

  const redraw = (doc: DocumentText, page: number) => {
    const pageDiv = view.pageDiv(page);
    const spans = pageDiv && pageSpans(doc, pageDiv, page);
    if (!pageDiv || !spans) return;
    drawPageHighlights(pageDiv, spans, highlightsOn(placed, page));
    const target =
      scrollTarget &&
      pageDiv.querySelector(`[data-quote-id="${scrollTarget}"]`);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      scrollTarget = undefined;
    }
  };
  view.onTextLayerRendered(
    (page) => void docText.then((doc) => redraw(doc, page)),
  );

  return {
    async capture(): Promise<CaptureReply> {
      const doc = await docText;
      const reply = capturePdfQuote(
        doc,
        url,
        selectionOffsets(doc, getSelection()),
      );
      if (reply.ok || reply.reason !== 'no-text-layer') return reply;
      // Where a page note would point: the page the reviewer looks at.
      const page = view.currentPage();
      const source = { url, kind: 'pdf' as const, page };
      return { ...reply, source, pageCount: doc.pages.length };
    },
    async show(
      quotes: Extract<EvidenceRequest, { type: 'evidence:show' }>['quotes'],
    ): Promise<QuoteStatus[]> {
      const doc = await docText;
      placed = placePdfQuotes(doc, quotes);
      doc.pages.forEach((_, index) => redraw(doc, index + 1));
      return pdfQuoteStatuses(placed);
    },
    async scrollTo(id: string): Promise<boolean> {
      const doc = await docText;
      const quote = placed.find((p) => p.quote.id === id);
      if (!quote?.page) return false;
      scrollTarget = id;
      view.scrollToPage(quote.page);
      redraw(doc, quote.page);
      return true;
    },
  };
}

export type EvidenceSession = ReturnType<typeof createEvidenceSession>;

function highlightsOn(placed: PlacedPdfQuote[], page: number): PageHighlight[] {
  return placed.flatMap(({ quote, pieces }) => {
    const here = pieces.filter((piece) => piece.page === page);
    if (here.length === 0) return [];
    return [
      {
        id: quote.id,
        colour: domainColour(quote.domain),
        title: quote.itemLabels.join('\n'),
        pieces: here,
      },
    ];
  });
}
