import { safeDecode } from './urls';

// A DOI is `10.<registrant>/<suffix>`; the registrant is 4 to 9 digits
// (optionally dotted sub-codes). The suffix may hold almost anything, so
// text extraction stops at whitespace and markup delimiters and trims the
// punctuation that usually ends the surrounding sentence.
const DOI_IN_TEXT = /\b10\.\d{4,9}(?:\.\d+)*\/[^\s"'<>]+/;
const DOI_IN_TEXT_ALL = new RegExp(DOI_IN_TEXT.source, 'g');
const WHOLE_DOI = new RegExp(`^${DOI_IN_TEXT.source}$`);
const PREFIX =
  /^(?:doi\s*:\s*|info:doi\/|urn:doi:|https?:\/\/(?:dx\.)?doi\.org\/|(?:dx\.)?doi\.org\/)/i;
const TRAILING_PUNCTUATION = /[.,;:!?'"\]}>]+$/;

/**
 * Cleans one identifier value that should be a DOI (`doi:`, `info:doi/`,
 * `urn:doi:` and doi.org forms, percent-encoding, trailing punctuation).
 * Returns the DOI in its original case, or undefined when the value is not a
 * DOI (an ISSN, an ISBN, a PMID, a bare `10.1234`).
 */
export function normalizeDoi(raw: string): string | undefined {
  let value = safeDecode(raw.trim());
  let previous;
  do {
    previous = value;
    value = value.replace(PREFIX, '').trim();
  } while (value !== previous);
  const doi = trimDoi(value);
  return WHOLE_DOI.test(doi) ? doi : undefined;
}

/** Returns the first DOI written anywhere in a string, cleaned. */
export function findDoi(text: string): string | undefined {
  return findAllDois(text)[0];
}

/** Returns every DOI written in a string, cleaned, in order of appearance. */
export function findAllDois(text: string): string[] {
  const found = text.match(DOI_IN_TEXT_ALL) ?? [];
  return found.map(trimDoi).filter((doi) => WHOLE_DOI.test(doi));
}

/** The form under which DOIs are compared: DOIs ignore letter case. */
export function doiKey(doi: string): string {
  return doi.toLowerCase();
}

/** Whether two DOIs (in any accepted written form) name the same object. */
export function sameDoi(a: string, b: string): boolean {
  const left = normalizeDoi(a);
  const right = normalizeDoi(b);
  return !!left && !!right && doiKey(left) === doiKey(right);
}

/**
 * Drops sentence punctuation after a DOI. A closing parenthesis is kept when
 * the DOI opened one itself, as in `10.1016/S0140-6736(20)30183-5`.
 */
function trimDoi(doi: string): string {
  let value = doi.replace(TRAILING_PUNCTUATION, '');
  while (value.endsWith(')') && count(value, '(') < count(value, ')')) {
    value = value.slice(0, -1).replace(TRAILING_PUNCTUATION, '');
  }
  return value;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
