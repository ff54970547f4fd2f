import { foldChar, isLetter, isSpace } from './fold-char';

/**
 * A text's matching key, with the original span behind each key character.
 * `starts[i]`..`ends[i]` is the original text that produced key character i.
 */
export interface NormalizedText {
  source: string;
  key: string;
  starts: Int32Array;
  ends: Int32Array;
}

const SPACE = 0x20;

/** Growable output buffers, so building the key allocates per chunk only. */
class KeyBuilder {
  codes = new Uint16Array(64);
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  length = 0;

  constructor(capacity: number) {
    this.grow(capacity);
  }

  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow(this.length * 2);
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length += 1;
  }

  last(): number {
    return this.length > 0 ? this.codes[this.length - 1]! : -1;
  }

  private grow(size: number): void {
    const codes = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    codes.set(this.codes.subarray(0, this.length));
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    Object.assign(this, { codes, starts, ends });
  }
}

const decoder = new TextDecoder('utf-16le');

/**
 * Builds the matching key of `text`: white space runs become one space,
 * characters are folded (see fold-char), and a hyphen between two letters is
 * dropped together with the white space after it. Dropping that hyphen makes
 * a line-end split ("classi-\nfication") match the joined word, and keeps a
 * real compound matching too, since "meta-analysis" and "meta-\nanalysis"
 * both become "metaanalysis".
 */
export function normalizeText(text: string): NormalizedText {
  const out = new KeyBuilder(text.length + 16);
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const next = i + (code > 0xffff ? 2 : 1);
    if (isSpace(code)) {
      if (out.last() === SPACE) out.ends[out.length - 1] = next;
      else out.push(SPACE, i, next);
    } else {
      const folded = foldChar(code);
      const joined = folded === '-' && hyphenJoinEnd(text, next, out.last());
      if (joined) {
        i = joined;
        continue;
      }
      for (let k = 0; k < folded.length; k++) {
        out.push(folded.charCodeAt(k), i, next);
      }
    }
    i = next;
  }
  const { codes, starts, ends, length } = out;
  return {
    source: text,
    key: decoder.decode(codes.subarray(0, length)),
    starts: starts.slice(0, length),
    ends: ends.slice(0, length),
  };
}

/**
 * When a hyphen ending at `from` sits between a letter (`before`, already in
 * the key) and a letter after optional white space, returns the offset of
 * that next letter; otherwise 0.
 */
function hyphenJoinEnd(text: string, from: number, before: number): number {
  if (before < 0 || !isLetter(before)) return 0;
  let j = from;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  return j < text.length && isLetter(text.codePointAt(j)!) ? j : 0;
}

/** Maps a key range back to the original text's offsets. */
export function toOriginalRange(
  norm: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (end <= start) {
    const at =
      start < norm.starts.length ? norm.starts[start]! : norm.source.length;
    return { start: at, end: at };
  }
  return { start: norm.starts[start]!, end: norm.ends[end - 1]! };
}

/** Returns the key offset of the first key character at or after `offset`. */
export function toKeyOffset(norm: NormalizedText, offset: number): number {
  let lo = 0;
  let hi = norm.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (norm.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
