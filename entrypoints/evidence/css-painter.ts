import { domainColour } from '@/components/evidence/domain-colour';
import type { PlacedQuote } from './place-quotes';
import { FLASH_MS, type Painter } from './painter';

const PREFIX = 'radar-evidence-';
const UNCONFIRMED = `${PREFIX}unconfirmed`;
const FLASH = `${PREFIX}flash`;

/**
 * Highlights through `CSS.highlights`: one Highlight per domain, styled by
 * a constructed style sheet adopted by the document, so the page's own
 * elements and text nodes stay exactly as the publisher wrote them.
 */
export function createCssPainter(doc: Document): Painter {
  const win = doc.defaultView!;
  const sheet = new win.CSSStyleSheet();
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const names = new Set<string>();
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  return {
    paint(placed) {
      for (const name of names) win.CSS.highlights.delete(name);
      names.clear();
      const rules: string[] = [flashRule()];
      for (const [name, { colour, ranges }] of byHighlight(placed)) {
        win.CSS.highlights.set(name, new win.Highlight(...ranges));
        names.add(name);
        rules.push(ruleFor(name, colour));
      }
      sheet.replaceSync(rules.join('\n'));
    },
    flash(range) {
      const flash = new win.Highlight(range);
      flash.priority = 1; // drawn over the domain colour
      win.CSS.highlights.set(FLASH, flash);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => win.CSS.highlights.delete(FLASH), FLASH_MS);
    },
  };
}

/** Groups ranges by highlight name: one per domain, one for loose matches. */
function byHighlight(
  placed: PlacedQuote[],
): Map<string, { colour: string; ranges: Range[] }> {
  const groups = new Map<string, { colour: string; ranges: Range[] }>();
  const domains: string[] = [];
  for (const { quote, range, status } of placed) {
    if (!range) continue;
    if (!domains.includes(quote.domain)) domains.push(quote.domain);
    // Highlight names must be CSS identifiers; domain ids need not be.
    const name =
      status === 'needs-confirmation'
        ? UNCONFIRMED
        : `${PREFIX}${domains.indexOf(quote.domain)}`;
    const colour = domainColour(quote.domain);
    const group = groups.get(name) ?? { colour, ranges: [] };
    group.ranges.push(range);
    groups.set(name, group);
  }
  return groups;
}

function ruleFor(name: string, colour: string): string {
  // A loose match is marked, not coloured: it is not evidence until the
  // reviewer confirms it.
  if (name === UNCONFIRMED) {
    return `::highlight(${name}) { text-decoration: underline wavy #c62828; background-color: rgba(198, 40, 40, 0.12); }`;
  }
  return `::highlight(${name}) { background-color: ${colour}; color: inherit; }`;
}

function flashRule(): string {
  return `::highlight(${FLASH}) { background-color: #ff9800; color: #000; }`;
}
