/** Small assessments built through the record's own editing functions. */
import { createAssessment } from '@/core/assessment/create';
import {
  putEvidence,
  setItemAnswer,
  setItemNote,
  setProfileAnswer,
} from '@/core/assessment/edit';
import type { Assessment } from '@/core/assessment/types';

export const XSS_QUOTE = '<img src=x onerror=alert(1)>';
const NOW = Date.UTC(2024, 4, 2, 10, 0, 0);
const yes = { kind: 'option', optionId: 'yes' } as const;

const paper = {
  key: 'doi:10.1000/xyz123',
  aliases: [],
  metadata: {
    title: 'Deep learning for lung nodules',
    authors: ['Ada Lovelace', 'Alan Turing'],
    year: 2023,
    journal: 'Journal of Tests',
    doi: '10.1000/xyz123',
  },
};

/** METRICS, end-to-end deep learning, items 1-3 yes, a hostile quote. */
export function metricsAssessment(reviewer = 'Grace'): Assessment {
  let a = createAssessment({
    paper,
    reviewer,
    rubric: { id: 'metrics', version: '1.0' },
    now: NOW,
  });
  a = setProfileAnswer(a, 'C5', 'yes', NOW);
  for (const id of ['M01', 'M02', 'M03']) a = setItemAnswer(a, id, yes, NOW);
  a = setItemNote(a, 'M01', 'See the methods <b>section</b>.', NOW);
  return putEvidence(a, {
    id: 'q1',
    itemIds: ['M01'],
    selectors: [
      { type: 'TextQuoteSelector', exact: XSS_QUOTE, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 10, end: 38 },
    ],
    source: { url: 'https://example.org/paper.pdf', kind: 'pdf', page: 4 },
    createdAt: NOW,
    updatedAt: NOW,
  });
}

/** RADAR with one item set not applicable by the reviewer. */
export function radarAssessment(): Assessment {
  let a = createAssessment({
    paper,
    reviewer: 'Grace',
    rubric: { id: 'radar', version: '0.1-draft' },
    now: NOW,
  });
  a = setItemAnswer(a, 'R-SD-02', yes, NOW);
  return setItemAnswer(
    a,
    'R-SD-03',
    { kind: 'not-applicable', justification: 'A phantom study has no cohort.' },
    NOW,
  );
}

export const exportOptions = { extensionVersion: '0.1.0', now: NOW };
