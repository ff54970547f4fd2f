import { forEachOccurrence, GRAM, type GramIndex } from './gram-index';

/**
 * Cheap filter before fuzzy matching: cut the quote into pieces, find each
 * piece exactly (in the gram index), and let every hit vote for the place the
 * whole quote would start. Only the best-voted places are then verified with
 * the (costlier) edit-distance scan.
 *
 * With pieces no shorter than MIN_PIECE a quote of m characters has about
 * m / MIN_PIECE pieces; a match is found when at least one piece survived the
 * edits intact. When the error bound exceeds the piece count, a passage whose
 * every piece was edited is missed and reported as orphaned. Real revisions
 * change a few words or a citation, leaving most pieces intact.
 */

const MIN_PIECE = GRAM;
/** A piece found more often than this says little about where the quote is. */
const MAX_HITS_PER_PIECE = 24;
/** Places verified per quote, best voted first. */
const MAX_PLACES = 8;

/** A region where the quote may start, with the number of pieces behind it. */
export interface Place {
  first: number;
  last: number;
  votes: number;
}

/** Returns the likely start regions of `quote` in `key`, best first. */
export function likelyPlaces(
  index: GramIndex,
  quote: string,
  maxErrors: number,
): Place[] {
  const size = Math.max(MIN_PIECE, Math.floor(quote.length / (maxErrors + 1)));
  const starts: number[] = [];
  for (let offset = 0; offset + size <= quote.length; offset += size) {
    collectHits(index, quote.slice(offset, offset + size), offset, starts);
  }
  starts.sort((a, b) => a - b);
  return cluster(starts, maxErrors)
    .sort((a, b) => b.votes - a.votes)
    .slice(0, MAX_PLACES);
}

function collectHits(
  index: GramIndex,
  piece: string,
  offset: number,
  into: number[],
): void {
  const hits: number[] = [];
  let common = false;
  forEachOccurrence(index, piece, (at) => {
    common = hits.length === MAX_HITS_PER_PIECE;
    if (!common) hits.push(at - offset);
    return !common;
  });
  if (common) return;
  for (const start of hits) into.push(start);
}

/** Groups sorted starts lying within `gap` of each other. */
function cluster(starts: number[], gap: number): Place[] {
  const places: Place[] = [];
  for (const start of starts) {
    const current = places[places.length - 1];
    if (current && start - current.last <= gap) {
      current.last = start;
      current.votes += 1;
    } else {
      places.push({ first: start, last: start, votes: 1 });
    }
  }
  return places;
}
