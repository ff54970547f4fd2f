/**
 * The text of an element subtree, as the concatenation of its text nodes,
 * with the way back from a text offset to a DOM position. Text nodes are
 * joined without separators, as `textContent` does, so a quote spanning two
 * block elements may read "TitleFirst sentence"; stored quotes are built
 * from the same text, so they agree.
 */
export interface TextMap {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data begins. */
  starts: number[];
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Builds the text of `root`, skipping scripts, styles, templates and
 * elements hidden by the `hidden` attribute or an inline `display: none`.
 * Elements hidden by a style sheet are kept: computing styles is too slow
 * for a whole paper.
 */
export function buildTextMap(root: Node): TextMap {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      const data = (node as Text).data;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
    } else if (node === root || !isSkipped(node)) {
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return { text: parts.join(''), nodes, starts };
}

function isSkipped(node: Node): boolean {
  if (node.nodeType !== ELEMENT) return false;
  const el = node as HTMLElement;
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  return el.hasAttribute('hidden') || el.style?.display === 'none';
}
