import { findDoi } from './doi';

/** DOIs written in the opening lines of a page's visible text. */
export interface LeadDois {
  /** The first DOI presented as the page's own. */
  doi?: string;
  /** DOIs presented as another version of the work, or a related one. */
  related: string[];
}

// How much opening text to read: enough for a title block and a byline, too
// little to reach the reference list of any real article.
const BUDGET = 3000;
// Only a labelled DOI counts: `doi: 10...`, `DOI 10...` or a doi.org link.
const LABELLED_DOI = /\bdoi(?:\s*:\s*|\s+|\.org\/)10\.\d{4,9}[^\s"'<>]*/gi;
// Words that, before a DOI in the same sentence, make it another work's.
// Known shortcoming: a page that labels its own DOI with a version ("Version
// 2, DOI: ...") has it taken as related; such pages usually carry a
// citation_doi tag, which is read first.
const RELATED =
  /\b(?:version|preprint|now published|published in|originally|erratum|corrigendum|correction|retract\w*|comment(?:ary)? on|reply to|response to|see also|supersede\w*|replaces)\b/i;
const SKIPPED = 'script,style,noscript,template,svg,nav,aside,footer';
const BLOCK = /^(?:SECTION|DIV|OL|UL|DL|TABLE)$/;
const REFERENCE_BLOCK =
  /(?:^|[\s_-])(?:references?|bibliography|ref-list|citations)(?:$|[\s_-])/i;
const REFERENCE_HEADING =
  /^(?:\d+\.?\s*)?(?:references|bibliography|works cited|literature cited)$/i;

/**
 * Reads the DOIs labelled as such in the first lines of visible text,
 * stopping at a reference list so that a cited work's DOI is never taken
 * for the article's. Without layout, "visible" means: outside scripts,
 * styles, navigation, asides, footers and hidden elements.
 */
export function readLeadDois(doc: Document): LeadDois {
  const text = leadText(doc);
  const result: LeadDois = { related: [] };
  for (const match of text.matchAll(LABELLED_DOI)) {
    const doi = findDoi(match[0]);
    if (!doi) continue;
    if (RELATED.test(sentenceBefore(text, match.index))) {
      result.related.push(doi);
    } else {
      result.doi ??= doi;
    }
  }
  return result;
}

function leadText(doc: Document): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Node): boolean => {
    if (length >= BUDGET) return false;
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      if (text) parts.push(text);
      length += text.length;
      return true;
    }
    if (node.nodeType !== 1) return true;
    const element = node as Element;
    if (isReferenceList(element)) return false;
    if (element.matches(SKIPPED) || isHidden(element)) return true;
    for (const child of element.childNodes) if (!visit(child)) return false;
    return true;
  };
  if (doc.body) visit(doc.body);
  return parts.join(' ').slice(0, BUDGET);
}

function isReferenceList(element: Element): boolean {
  if (element.getAttribute('role') === 'doc-bibliography') return true;
  const tag = element.tagName.toUpperCase();
  const names = `${element.id} ${element.getAttribute('class') ?? ''}`;
  if (BLOCK.test(tag) && REFERENCE_BLOCK.test(names)) return true;
  return (
    /^H[1-6]$/.test(tag) &&
    REFERENCE_HEADING.test((element.textContent ?? '').trim())
  );
}

function isHidden(element: Element): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true'
  );
}

// The text from the previous sentence end (or 150 characters) up to `index`.
function sentenceBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 150), index);
  return before.split(/[.!?]\s/).pop() ?? before;
}
