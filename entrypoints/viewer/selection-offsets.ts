import { offsetOfItemPoint, type DocumentText } from '@/core/pdf';
import { pageNumberOf, pageSpans, type PageSpans } from './text-layer-spans';

type Edge = 'start' | 'end';

/**
 * The reader's selection in the text layer as offsets of the whole
 * document's text, or null when it touches no text. A selection may run
 * across pages: each end is resolved in its own page.
 */
export function selectionOffsets(
  doc: DocumentText,
  selection: Selection | null,
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (range.collapsed) return null;
  const start = pointOffset(doc, range, 'start');
  const end = pointOffset(doc, range, 'end');
  return start !== null && end !== null && end > start ? { start, end } : null;
}

function pointOffset(doc: DocumentText, range: Range, edge: Edge) {
  const node = edge === 'start' ? range.startContainer : range.endContainer;
  const page = pageNumberOf(node);
  const pageDiv = (
    node instanceof Element ? node : node.parentElement
  )?.closest<HTMLElement>('.page');
  const found = page && pageDiv ? pageSpans(doc, pageDiv, page) : null;
  if (!found) return null;
  const k = spanAt(found, range, edge);
  if (k === undefined) return null;
  const span = found.spans[k]!;
  const inside = span.contains(node)
    ? textBefore(
        span,
        node,
        edge === 'start' ? range.startOffset : range.endOffset,
      )
    : edge === 'start'
      ? 0
      : (span.textContent ?? '').length;
  return offsetOfItemPoint(doc, page!, found.items[k]!, inside);
}

/**
 * The span holding one end of the range. An end that falls between spans
 * (pdf.js's selection helper, a line break) moves to the first span inside
 * the range for the start, the last one for the end.
 */
function spanAt(found: PageSpans, range: Range, edge: Edge) {
  const node = edge === 'start' ? range.startContainer : range.endContainer;
  const holder = found.spans.findIndex((span) => span.contains(node));
  if (holder >= 0) return holder;
  const inside = found.spans
    .map((span, k) => (range.intersectsNode(span) ? k : -1))
    .filter((k) => k >= 0);
  return edge === 'start' ? inside[0] : inside[inside.length - 1];
}

/** Characters of `span`'s text before the point (node, offset). */
function textBefore(span: HTMLElement, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(span, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}
