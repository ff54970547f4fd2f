/**
 * Highlight colours, one per rubric domain. The page only learns a domain's
 * id, so the colour is derived from the id alone and the panel's swatches
 * agree with the page without sharing state.
 *
 * Two domains of one rubric can hash to the same colour; RADAR's twelve
 * domains in twelve colours make that likely for a pair or two. A colour
 * per domain position would need the rubric on the page.
 */
const PALETTE = [
  '#ffd54f',
  '#81d4fa',
  '#a5d6a7',
  '#f48fb1',
  '#ce93d8',
  '#ffab91',
  '#80cbc4',
  '#c5e1a5',
  '#b0bec5',
  '#9fa8da',
  '#ffe082',
  '#bcaaa4',
];

/** The highlight colour of a domain id (a light tint, text stays legible). */
export function domainColour(domain: string): string {
  let hash = 0;
  for (let i = 0; i < domain.length; i++) {
    hash = (hash * 31 + domain.charCodeAt(i)) >>> 0;
  }
  return PALETTE[hash % PALETTE.length]!;
}
