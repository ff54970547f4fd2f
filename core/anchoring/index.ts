export { anchorQuote } from './anchor-quote';
export { describeQuote } from './describe-quote';
export { buildTextMap, type TextMap } from './dom-text';
export {
  offsetsFromRange,
  pointAt,
  rangeFromOffsets,
  type TextPoint,
} from './dom-range';
export {
  normalizeText,
  toKeyOffset,
  toOriginalRange,
  type NormalizedText,
} from './normalize';
export type * from './types';
