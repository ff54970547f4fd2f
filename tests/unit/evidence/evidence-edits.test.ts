import { describe, expect, it } from 'vitest';
import {
  addCapture,
  relinkEvidence,
  unlinkEvidence,
} from '@/components/evidence/evidence-edits';
import { liveEvidence } from '@/core/assessment/edit';
import { capture, emptyAssessment, sequentialIds } from './fixtures';

describe('addCapture', () => {
  it('creates a quote for the item with the capture and the time', () => {
    const quote = capture('Patients were enrolled.', 40);
    const a = addCapture(emptyAssessment(), quote, 'SD-01', 2000, () => 'q1');
    expect(a.evidence.q1).toEqual({
      id: 'q1',
      itemIds: ['SD-01'],
      selectors: quote.selectors,
      source: quote.source,
      createdAt: 2000,
      updatedAt: 2000,
    });
    expect(a.updatedAt).toBe(2000);
  });

  it('extends the existing quote when the same passage serves a second item', () => {
    const ids = sequentialIds();
    const quote = capture('Patients were enrolled.', 40);
    let a = addCapture(emptyAssessment(), quote, 'SD-01', 2000, ids);
    a = addCapture(a, quote, 'SD-02', 3000, ids);
    expect(Object.keys(a.evidence)).toEqual(['q1']);
    expect(a.evidence.q1!.itemIds).toEqual(['SD-01', 'SD-02']);
    expect(a.evidence.q1!.updatedAt).toBe(3000);
  });

  it('keeps several quotes for one item', () => {
    const ids = sequentialIds();
    let a = addCapture(
      emptyAssessment(),
      capture('One.', 0),
      'SD-01',
      2000,
      ids,
    );
    a = addCapture(a, capture('Two.', 10), 'SD-01', 2001, ids);
    expect(liveEvidence(a, 'SD-01').map((e) => e.id)).toEqual(['q1', 'q2']);
  });

  it('leaves the record alone when the item already holds the passage', () => {
    const quote = capture('One.', 0);
    const a = addCapture(emptyAssessment(), quote, 'SD-01', 2000, () => 'q1');
    expect(addCapture(a, quote, 'SD-01', 3000, () => 'q2')).toBe(a);
  });

  it('creates a new quote for the same words at another place', () => {
    const ids = sequentialIds();
    let a = addCapture(
      emptyAssessment(),
      capture('One.', 0),
      'SD-01',
      2000,
      ids,
    );
    a = addCapture(a, capture('One.', 90), 'SD-02', 2001, ids);
    expect(Object.keys(a.evidence)).toEqual(['q1', 'q2']);
  });
});

describe('relinkEvidence', () => {
  it('moves a quote to the new passage, keeping its items and creation', () => {
    let a = addCapture(
      emptyAssessment(),
      capture('Old.', 5),
      'SD-01',
      2000,
      () => 'q1',
    );
    const fresh = capture('New passage.', 70);
    a = relinkEvidence(a, 'q1', fresh, 4000);
    expect(a.evidence.q1).toMatchObject({
      itemIds: ['SD-01'],
      selectors: fresh.selectors,
      createdAt: 2000,
      updatedAt: 4000,
    });
  });
});

describe('unlinkEvidence', () => {
  it('detaches one item and keeps the quote for the others', () => {
    const ids = sequentialIds();
    let a = addCapture(
      emptyAssessment(),
      capture('One.', 0),
      'SD-01',
      2000,
      ids,
    );
    a = addCapture(a, capture('One.', 0), 'SD-02', 2001, ids);
    a = unlinkEvidence(a, 'q1', 'SD-01', 3000);
    expect(a.evidence.q1!.itemIds).toEqual(['SD-02']);
    expect(a.evidence.q1!.deleted).toBeUndefined();
  });

  it('removes the quote as a tombstone when its last item goes', () => {
    let a = addCapture(
      emptyAssessment(),
      capture('One.', 0),
      'SD-01',
      2000,
      () => 'q1',
    );
    a = unlinkEvidence(a, 'q1', 'SD-01', 3000);
    expect(a.evidence.q1).toMatchObject({ deleted: true, updatedAt: 3000 });
    expect(liveEvidence(a)).toEqual([]);
  });
});
