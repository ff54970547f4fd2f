import type { TextMap } from './dom-text';

/** A DOM position inside one text node. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/**
 * Finds the text node holding `offset`. At a boundary between two nodes the
 * start of a range belongs to the next node and its end to the previous one,
 * so a highlight never includes an empty piece of a neighbour.
 */
export function pointAt(
  map: TextMap,
  offset: number,
  side: 'start' | 'end',
): TextPoint | null {
  const { nodes, starts } = map;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    const before =
      side === 'start' ? starts[mid]! <= offset : starts[mid]! < offset;
    if (before) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  if (!node) return null;
  const inside = offset - starts[lo]!;
  return inside >= 0 && inside <= node.data.length
    ? { node, offset: inside }
    : null;
}

/** Builds a DOM `Range` over the text offsets `start..end` of `map`. */
export function rangeFromOffsets(
  map: TextMap,
  start: number,
  end: number,
): Range | null {
  const from = pointAt(map, start, 'start');
  const to = pointAt(map, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * Returns the text offsets of a `Range` (a reader's selection), or null when
 * it lies outside the mapped text.
 */
export function offsetsFromRange(
  map: TextMap,
  range: Range,
): { start: number; end: number } | null {
  const start = boundaryOffset(map, range, 'start');
  const end = boundaryOffset(map, range, 'end');
  return start <= end ? { start, end } : null;
}

/**
 * Offset of one boundary: direct inside a mapped text node; otherwise the
 * offset of the first mapped text that comes after the boundary.
 */
function boundaryOffset(
  map: TextMap,
  range: Range,
  side: 'start' | 'end',
): number {
  const container =
    side === 'start' ? range.startContainer : range.endContainer;
  const offset = side === 'start' ? range.startOffset : range.endOffset;
  const index = map.nodes.indexOf(container as Text);
  if (index >= 0) return map.starts[index]! + offset;

  const doc = container.ownerDocument ?? (container as Document);
  const point = doc.createRange();
  point.setStart(container, offset);
  let lo = 0;
  let hi = map.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (point.comparePoint(map.nodes[mid]!, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < map.nodes.length ? map.starts[lo]! : map.text.length;
}
