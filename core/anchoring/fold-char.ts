/**
 * How one character of a paper's text looks in the matching key. The key is
 * lower case, without accents, with one kind of quote and dash, and with
 * compatibility forms (ligatures, full-width letters) spelled out, so that a
 * quote copied from one rendering of a paper matches another rendering.
 */

// Characters that carry no text: NUL (pdf.js sometimes emits it for a
// ligature glyph it cannot map), soft hyphen, zero-width marks, BOM.
const DROPPED = new Set([0x0, 0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x60]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033]);
const DOUBLE_ANGLE_QUOTES = new Set([0xab, 0xbb]);

/** Dashes and minus signs, all folded to '-'. */
const DASHES = new Set([
  0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d,
]);

const MARK = /\p{M}/u;
const cache = new Map<number, string>();

/** True for code points treated as white space (collapsed to one space). */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code !== 0;
  return (
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0x1680
  );
}

/** True for code points the hyphen rule treats as a word's letter. */
export function isLetter(code: number): boolean {
  if (code < 0x80) {
    const lower = code | 0x20;
    return lower >= 0x61 && lower <= 0x7a;
  }
  return /\p{L}/u.test(String.fromCodePoint(code));
}

/**
 * Returns the key text of a non-space code point: '' when it is dropped,
 * otherwise one or more characters (a ligature gives two or three).
 */
export function foldChar(code: number): string {
  if (code < 0x80) {
    if (code === 0) return '';
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code | 0x20);
    return code === 0x60 ? "'" : String.fromCharCode(code);
  }
  let folded = cache.get(code);
  if (folded === undefined) {
    folded = foldRare(code);
    cache.set(code, folded);
  }
  return folded;
}

function foldRare(code: number): string {
  if (DROPPED.has(code)) return '';
  if (SINGLE_QUOTES.has(code)) return "'";
  if (DOUBLE_QUOTES.has(code) || DOUBLE_ANGLE_QUOTES.has(code)) return '"';
  if (DASHES.has(code)) return '-';

  // NFKD spells out ligatures and compatibility forms and splits accents off;
  // dropping the marks makes "é" written precomposed or decomposed agree. We
  // fold character by character, so a sequence NFKC would compose differently
  // as a whole is not handled (no such case seen in paper text).
  let out = '';
  for (const ch of String.fromCodePoint(code).normalize('NFKD')) {
    if (!MARK.test(ch)) out += ch.toLowerCase();
  }
  return out;
}
