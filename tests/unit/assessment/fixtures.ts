import { createAssessment } from '../../../core/assessment/create';
import type { Assessment } from '../../../core/assessment/types';

/** An empty METRICS assessment of the deep-review paper, created at t=1000. */
export function emptyAssessment(): Assessment {
  return createAssessment({
    paper: {
      key: 'doi:10.1098/rsif.2017.0387',
      aliases: ['url:http://127.0.0.1/deep-review.html'],
      metadata: { title: 'Opportunities and obstacles' },
    },
    reviewer: 'Ada Reviewer',
    rubric: { id: 'metrics', version: '1.0' },
    now: 1000,
  });
}
