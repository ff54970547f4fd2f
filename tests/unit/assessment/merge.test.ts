import { describe, expect, it } from 'vitest';
import {
  putEvidence,
  removeEvidence,
  setItemAnswer,
  setItemNote,
  setProfileAnswer,
} from '../../../core/assessment/edit';
import { mergeAssessments } from '../../../core/assessment/merge';
import type { EvidenceEntry } from '../../../core/assessment/types';
import { emptyAssessment } from './fixtures';

const yes = { kind: 'option', optionId: 'yes' } as const;
const no = { kind: 'option', optionId: 'no' } as const;

describe('mergeAssessments', () => {
  it('keeps the newer answer of each item from either side', () => {
    const base = emptyAssessment();
    const panelA = setItemAnswer(base, 'M01', yes, 2000);
    const panelB = setItemAnswer(
      setItemAnswer(base, 'M01', no, 1500),
      'M02',
      yes,
      2500,
    );
    const merged = mergeAssessments(panelA, panelB);
    expect(merged.items.M01?.answer).toEqual(yes);
    expect(merged.items.M02?.answer).toEqual(yes);
    expect(merged.updatedAt).toBe(2500);
  });

  it('gives the same record whichever side merges', () => {
    const base = emptyAssessment();
    const a = setProfileAnswer(
      setItemNote(base, 'M03', 'see p. 4', 3000),
      'C1',
      'yes',
      3100,
    );
    const b = setProfileAnswer(
      setItemAnswer(base, 'M03', no, 3050),
      'C1',
      'no',
      3100,
    );
    expect(mergeAssessments(a, b)).toEqual(mergeAssessments(b, a));
  });

  it('is idempotent', () => {
    const a = setItemAnswer(emptyAssessment(), 'M05', yes, 2000);
    expect(mergeAssessments(a, a)).toEqual(a);
  });

  it('does not bring back a quote that one side removed later', () => {
    const quote: EvidenceEntry = {
      id: 'q1',
      itemIds: ['M01'],
      selectors: [],
      source: { url: 'http://127.0.0.1/x.pdf', kind: 'pdf', page: 2 },
      createdAt: 2000,
      updatedAt: 2000,
    };
    const withQuote = putEvidence(emptyAssessment(), quote);
    const removed = removeEvidence(withQuote, 'q1', 2600);
    const merged = mergeAssessments(withQuote, removed);
    expect(merged.evidence.q1?.deleted).toBe(true);
  });

  it('unites the aliases of the paper', () => {
    const a = emptyAssessment();
    const b = emptyAssessment();
    b.paper = { ...b.paper, aliases: ['url:http://127.0.0.1/deep-review.pdf'] };
    expect(mergeAssessments(a, b).paper.aliases).toEqual([
      'url:http://127.0.0.1/deep-review.html',
      'url:http://127.0.0.1/deep-review.pdf',
    ]);
  });

  it('takes the reviewer, rubric and paper details from the later copy', () => {
    const stored = setItemAnswer(emptyAssessment(), 'M01', yes, 3000);
    const olderFile: typeof stored = {
      ...emptyAssessment(),
      reviewer: '',
      rubric: { id: 'metrics', version: '0.9' },
      paper: {
        ...stored.paper,
        metadata: { title: 'Edited by hand', year: 2017 },
      },
      updatedAt: 2000,
    };
    for (const merged of [
      mergeAssessments(olderFile, stored),
      mergeAssessments(stored, olderFile),
    ]) {
      expect(merged.reviewer).toBe('Ada Reviewer');
      expect(merged.rubric).toEqual({ id: 'metrics', version: '1.0' });
      expect(merged.paper.metadata).toEqual({
        title: 'Opportunities and obstacles',
        year: 2017,
      });
      expect(merged.items.M01?.answer).toEqual(yes);
    }
  });
});
