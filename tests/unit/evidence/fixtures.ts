import { createAssessment } from '@/core/assessment/create';
import type { Assessment } from '@/core/assessment/types';
import type { CapturedQuote } from '@/core/evidence-protocol';

/** An empty RADAR assessment of one article, created at t=1000. */
export function emptyAssessment(): Assessment {
  return createAssessment({
    paper: { key: 'doi:10.1000/example', aliases: [], metadata: {} },
    reviewer: 'Ada',
    rubric: { id: 'radar', version: '0.1' },
    now: 1000,
  });
}

/** A captured quote of `exact` at `start` on the example article. */
export function capture(exact: string, start: number): CapturedQuote {
  return {
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end: start + exact.length },
    ],
    source: { url: 'https://example.org/article', kind: 'html' },
  };
}

/** Ids q1, q2, … in order of creation. */
export function sequentialIds(): () => string {
  let n = 0;
  return () => `q${++n}`;
}
