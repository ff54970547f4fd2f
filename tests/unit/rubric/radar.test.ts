import { describe, expect, it } from 'vitest';
import { scoreRubric } from '../../../core/rubric';
import { allAnswered, answersOf, radar } from './helpers';

// Study profiles of the RADAR draft catalogue's points table.
const everything = {
  HC: 'yes',
  TAB: 'yes',
  E2E: 'yes',
  SEG: 'yes',
  AUTO: 'yes',
  MULTI: 'yes',
  PROB: 'yes',
  PRO: 'yes',
};
const profileA = { HC: 'yes', TAB: 'yes', SEG: 'yes', PROB: 'yes' };
const profileB = { E2E: 'yes', MULTI: 'yes', PROB: 'yes' };
const profileC = {
  TAB: 'yes',
  SEG: 'yes',
  AUTO: 'yes',
  MULTI: 'yes',
  PROB: 'yes',
  PRO: 'yes',
};

// Profile B answers: SD-01 authors 0.5 x 2 = 1; SD-04 yes 3; IA-01 partial
// 0.5 x 2 = 1; VA-02 one external 0.33 x 3 = 0.99; PM-01 complete 2;
// OS-03 yes 1. Sum 8.99 of 68.
const graded = answersOf({
  'R-SD-01': 'authors',
  'R-SD-04': 'yes',
  'R-IA-01': 'partial',
  'R-VA-02': 'one-external',
  'R-PM-01': 'complete',
  'R-OS-03': 'yes',
});

describe('RADAR scoring', () => {
  it.each([
    ['every item applicable', everything, 81],
    ['profile A (hand-crafted, manual segmentation)', profileA, 77],
    ['profile B (end-to-end DL, multi-centre)', profileB, 68],
    ['profile C (deep features, automatic segmentation)', profileC, 78],
  ])('has %s worth %i points', (_, profile, total) => {
    const report = scoreRubric(radar, profile, allAnswered(radar, 'no'));
    expect(report.maximum).toBe(total);
    expect(report.percentage).toBe(0);
  });

  it('labels the report as the draft catalogue', () => {
    const report = scoreRubric(radar, {}, {});
    expect(report.rubric.label).toBe('RADAR draft catalogue v0.1');
  });

  it('weights graded credits by points', () => {
    // 8.99 / 68 = 13.22% -> 13.2; SD: (1 + 3) / 8 = 50%; VA: 0.99 / 9 = 11%.
    const report = scoreRubric(radar, profileB, graded);
    expect(report.points).toBe(8.99);
    expect(report.percentage).toBe(13.2);
    expect(report.domains.find((d) => d.id === 'SD')?.percentage).toBe(50);
    expect(report.domains.find((d) => d.id === 'VA')?.percentage).toBe(11);
    expect(report.domains.find((d) => d.id === 'SG')?.percentage).toBeNull();
  });

  it('drops a justified not-applicable item from both sides', () => {
    // Cost-effectiveness (2 points) removed: 8.99 / 66 = 13.62% -> 13.6.
    const answers = {
      ...graded,
      'R-CU-03': {
        kind: 'not-applicable' as const,
        justification: 'Screening tool.',
      },
    };
    const report = scoreRubric(radar, profileB, answers);
    expect(report.maximum).toBe(66);
    expect(report.percentage).toBe(13.6);
    expect(report.counts.overridden).toBe(1);
  });

  it('ignores a not-applicable answer without a justification', () => {
    const answers = {
      ...graded,
      'R-CU-03': { kind: 'not-applicable' as const, justification: '  ' },
    };
    expect(scoreRubric(radar, profileB, answers).maximum).toBe(68);
  });

  it('reports the translation domain apart, out of 8', () => {
    const answers = answersOf({ 'R-TR-01': 'yes', 'R-TR-05': 'yes' });
    const report = scoreRubric(radar, { ...profileB, TR: 'yes' }, answers);
    expect(report.maximum).toBe(68);
    expect(report.points).toBe(0);
    if (report.extras.kind !== 'radar') throw new Error('not a RADAR report');
    expect(report.extras.optional[0]).toMatchObject({
      id: 'TR',
      points: 2,
      maximum: 8,
      percentage: 25,
    });
  });

  it('leaves the translation domain n/a unless opted in', () => {
    const report = scoreRubric(radar, profileB, {});
    expect(report.domains.find((d) => d.id === 'TR')?.percentage).toBeNull();
  });
});
