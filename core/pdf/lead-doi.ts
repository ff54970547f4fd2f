import { findDoi } from '../metadata/doi';

// A labelled DOI only: `doi: 10...`, `DOI 10...` or a doi.org link.
const LABELLED_DOI = /\bdoi(?:\s*:\s*|\s+|\.org\/)10\.\d{4,9}[^\s"'<>]*/gi;
// Words that, earlier in the same sentence, make a DOI another work's: "a
// published version of this manuscript ... is available at doi.org/...".
// The article-page reader applies the same rule to a page's opening text;
// it works on a Document, so the rule is restated here for plain text.
const RELATED =
  /\b(?:version|preprint|now published|published in|originally|erratum|corrigendum|correction|retract\w*|comment(?:ary)? on|reply to|response to|see also|supersede\w*|replaces)\b/i;
// Enough for a title block, a byline and a side column of page 1.
const BUDGET = 4000;

/**
 * The first DOI that the opening text of a PDF presents as the paper's own,
 * with every DOI it presents as another version of the work.
 */
export function leadDois(text: string): { doi?: string; related: string[] } {
  const lead = text.slice(0, BUDGET);
  const result: { doi?: string; related: string[] } = { related: [] };
  for (const match of lead.matchAll(LABELLED_DOI)) {
    const doi = findDoi(match[0]);
    if (!doi) continue;
    if (RELATED.test(sentenceBefore(lead, match.index))) {
      result.related.push(doi);
    } else {
      result.doi ??= doi;
    }
  }
  return result;
}

function sentenceBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 150), index);
  return before.split(/[.!?]\s/).pop() ?? before;
}
