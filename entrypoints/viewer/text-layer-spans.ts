import type { DocumentText } from '@/core/pdf';

/**
 * The text spans of a page's rendered text layer, matched to the page's text
 * items. pdf.js draws one span per text item but leaves out items with an
 * empty string, so the k-th span is the k-th item that has text.
 */
export interface PageSpans {
  page: number;
  spans: HTMLElement[];
  /** Item index of each span. */
  items: number[];
}

// A text span sits in the layer or in a marked-content group. Its role is
// no mark: pdf.js drops role="presentation" from spans that a link covers.
// Find-in-document highlights are spans nested inside text spans.
const SPAN =
  ':scope > span:not(.markedContent), .markedContent > span:not(.markedContent)';

/** The spans of `page`'s text layer, or null while it is not rendered. */
export function pageSpans(
  doc: DocumentText,
  pageDiv: HTMLElement,
  page: number,
): PageSpans | null {
  const layer = pageDiv.querySelector('.textLayer');
  const span = doc.pages[page - 1];
  if (!layer || !span) return null;
  const spans = [...layer.querySelectorAll<HTMLElement>(SPAN)];
  const items = span.itemStarts.flatMap((start, item) =>
    span.itemEnds[item]! > start ? [item] : [],
  );
  // A text layer cut short (pdf.js stops at 100,000 spans) cannot be matched.
  return spans.length === items.length ? { page, spans, items } : null;
}

/** The number of the page a node of the viewer belongs to, if any. */
export function pageNumberOf(node: Node): number | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  const page = element?.closest<HTMLElement>('.page[data-page-number]');
  return page ? Number(page.dataset.pageNumber) : undefined;
}
