import { describe, expect, it } from 'vitest';
import { addPageNote } from '@/components/evidence/evidence-edits';
import { notePage } from '@/components/evidence/page-note-offer';
import {
  originLabel,
  otherFormLabel,
} from '@/components/evidence/quote-origin';
import { liveEvidence } from '@/core/assessment/edit';
import { pageNoteText, type EvidenceExport } from '@/core/export';
import { emptyAssessment, sequentialIds } from './fixtures';

const SCAN = { url: 'https://example.org/scan.pdf', kind: 'pdf' as const };

/** An exported evidence entry, as the JSON export writes it. */
function exported(change: Partial<EvidenceExport>): EvidenceExport {
  return {
    id: 'e1',
    itemIds: ['R-SD-01'],
    selectors: [],
    source: { ...SCAN, page: 3 },
    comment: 'Scanner settings in table 2.',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...change,
  };
}

describe('addPageNote', () => {
  it('adds a new selector-less entry each time, even on the same page', () => {
    const ids = sequentialIds();
    const note = { source: { ...SCAN, page: 2 }, text: 'Cohort on p. 2.' };
    let a = addPageNote(emptyAssessment(), note, 'R-SD-01', 3000, ids);
    a = addPageNote(a, note, 'R-SD-02', 3100, ids);
    expect(a.evidence.q1).toEqual({
      id: 'q1',
      itemIds: ['R-SD-01'],
      selectors: [],
      source: { url: SCAN.url, kind: 'pdf', page: 2 },
      comment: 'Cohort on p. 2.',
      createdAt: 3000,
      updatedAt: 3000,
    });
    expect(liveEvidence(a, 'R-SD-02').map((e) => e.id)).toEqual(['q2']);
    expect(a.updatedAt).toBe(3100);
  });
});

describe('notePage', () => {
  it('accepts a whole page number within the page count', () => {
    expect(notePage('1', 5)).toBe(1);
    expect(notePage(' 5 ', 5)).toBe(5);
    expect(notePage('40')).toBe(40);
  });

  it('refuses zero, fractions, text and pages past the last', () => {
    for (const typed of ['0', '-1', '2.5', 'two', '', '6']) {
      expect(notePage(typed, 5)).toBeUndefined();
    }
  });
});

describe('pageNoteText', () => {
  it('prints a page note as "p. N: note"', () => {
    expect(pageNoteText(exported({}))).toBe(
      'p. 3: Scanner settings in table 2.',
    );
  });

  it('prints the note alone when the page is not known', () => {
    const note = exported({ source: { ...SCAN, page: null } });
    expect(pageNoteText(note)).toBe('Scanner settings in table 2.');
  });

  it('leaves quotes to print their own text', () => {
    const quote = exported({
      selectors: [
        {
          type: 'TextQuoteSelector',
          exact: 'Two readers.',
          prefix: '',
          suffix: '',
        },
        { type: 'TextPositionSelector', start: 0, end: 12 },
      ],
    });
    expect(pageNoteText(quote)).toBeUndefined();
  });
});

describe('quote origin labels', () => {
  it('names the PDF page or the article', () => {
    expect(originLabel({ ...SCAN, page: 7 })).toBe('PDF p. 7');
    expect(originLabel(SCAN)).toBe('PDF');
    expect(originLabel({ url: 'https://example.org/a', kind: 'html' })).toBe(
      'article',
    );
  });

  it('points to the other form of the paper', () => {
    expect(otherFormLabel({ ...SCAN, page: 7 })).toBe('in the PDF, p. 7');
    expect(otherFormLabel({ url: 'https://example.org/a', kind: 'html' })).toBe(
      'in the article',
    );
  });
});
