/**
 * Bit-parallel edit distance (Myers 1999, in the block form of Hyyrö 2003):
 * one text character updates 32 rows of the dynamic-programming column per
 * integer operation, so a quote of m characters costs ceil(m / 32) steps per
 * text character.
 */

/** A pattern prepared for `scanScores`: one bit mask per character. */
export interface Pattern {
  length: number;
  blocks: number;
  /** Masks of ASCII characters, `blocks` integers per character code. */
  ascii: Int32Array;
  other: Map<number, Int32Array>;
}

/** Prepares `text` (read backwards when `reversed`) for scanning. */
export function compilePattern(text: string, reversed = false): Pattern {
  const length = text.length;
  const blocks = Math.max(1, Math.ceil(length / 32));
  const ascii = new Int32Array(128 * blocks);
  const other = new Map<number, Int32Array>();
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(reversed ? length - 1 - i : i);
    const block = i >>> 5;
    const bit = 1 << (i & 31);
    if (code < 128) {
      ascii[code * blocks + block]! |= bit;
    } else {
      let masks = other.get(code);
      if (!masks) other.set(code, (masks = new Int32Array(blocks)));
      masks[block]! |= bit;
    }
  }
  return { length, blocks, ascii, other };
}

// Column state reused between calls: scanning allocates nothing.
let pv = new Int32Array(16);
let mv = new Int32Array(16);

/**
 * Reads `count` characters of `text` from `from` on (backwards when `step`
 * is -1) and writes to `out[j]` the edit distance between the whole pattern
 * and the best text span ending at the j-th character read. When `anchored`,
 * that span must begin at `from` (global alignment); otherwise it may begin
 * anywhere (search).
 */
export function scanScores(
  p: Pattern,
  text: string,
  from: number,
  count: number,
  step: 1 | -1,
  anchored: boolean,
  out: Int32Array,
): void {
  if (p.blocks === 1) {
    scanOneBlock(p, text, from, count, step, anchored, out);
    return;
  }
  const { blocks, ascii, other } = p;
  if (pv.length < blocks) {
    pv = new Int32Array(blocks * 2);
    mv = new Int32Array(blocks * 2);
  }
  pv.fill(-1, 0, blocks);
  mv.fill(0, 0, blocks);
  const lastTop = 1 << ((p.length - 1) & 31);
  const top0 = anchored ? 1 : 0;
  let score = p.length;
  let pos = from;
  for (let j = 0; j < count; j++, pos += step) {
    const code = text.charCodeAt(pos);
    const base = code < 128 ? code * blocks : -1;
    const masks = base < 0 ? other.get(code) : undefined;
    let hin = top0;
    for (let b = 0; b < blocks; b++) {
      let eq = base >= 0 ? ascii[base + b]! : masks ? masks[b]! : 0;
      const pvb = pv[b]!;
      const mvb = mv[b]!;
      const xv = eq | mvb;
      if (hin < 0) eq |= 1;
      const xh = (((eq & pvb) + pvb) ^ pvb) | eq;
      let ph = mvb | ~(xh | pvb);
      let mh = pvb & xh;
      const top = b === blocks - 1 ? lastTop : 0x80000000 | 0;
      const hout = ph & top ? 1 : mh & top ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    out[j] = score;
  }
}

/**
 * The same scan for a pattern of at most 32 characters: the whole column
 * lives in two local integers, which makes a scan of a full paper's text
 * several times faster than the general loop.
 */
function scanOneBlock(
  p: Pattern,
  text: string,
  from: number,
  count: number,
  step: 1 | -1,
  anchored: boolean,
  out: Int32Array,
): void {
  const { ascii, other } = p;
  const top = 1 << ((p.length - 1) & 31);
  const carry = anchored ? 1 : 0;
  let pvb = -1;
  let mvb = 0;
  let score = p.length;
  let pos = from;
  for (let j = 0; j < count; j++, pos += step) {
    const code = text.charCodeAt(pos);
    const eq = code < 128 ? ascii[code]! : (other.get(code)?.[0] ?? 0);
    const xv = eq | mvb;
    const xh = ((((eq & pvb) + pvb) | 0) ^ pvb) | eq;
    let ph = mvb | ~(xh | pvb);
    let mh = pvb & xh;
    if (ph & top) score += 1;
    else if (mh & top) score -= 1;
    ph = (ph << 1) | carry;
    mh <<= 1;
    pvb = mh | ~(xv | ph);
    mvb = ph & xv;
    out[j] = score;
  }
}
