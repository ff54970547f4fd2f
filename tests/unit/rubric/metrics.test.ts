import { describe, expect, it } from 'vitest';
import { bandOf, scoreRubric } from '../../../core/rubric';
import { allAnswered, answersOf, metrics } from './helpers';

describe('METRICS scoring', () => {
  it('scores an end-to-end DL study with yes on items 1-3 as 24.3% (low)', () => {
    // Cond. 5 only: items 8, 9, 10, 12, 14, 15, 16 are n/a, so the
    // denominator is 1 - 0.0337 - 0.0225 - 0.0112 - 0.0311 - 0.0200
    // - 0.0200 - 0.0300 = 0.8315; yes on 1-3 = 0.0368 + 0.0735 + 0.0919
    // = 0.2022; 0.2022 / 0.8315 = 24.317% -> 24.3.
    const report = scoreRubric(
      metrics,
      { C5: 'yes' },
      answersOf({ M01: 'yes', M02: 'yes', M03: 'yes' }),
    );
    expect(report.percentage).toBe(24.3);
    expect(report.points).toBe(0.2022);
    expect(report.maximum).toBe(0.8315);
    expect(report.band?.id).toBe('low');
    // Unanswered applicable items count as "no" and are reported apart.
    expect(report.counts).toMatchObject({ applicable: 23, unanswered: 20 });
  });

  it.each([
    // Items 9 (0.0225) and 17 (0.0200) n/a: 1 - 0.0425 = 0.9575.
    [
      'hand-crafted, manual segmentation',
      { C1: 'yes', C3: 'yes', C4: 'yes' },
      0.9575,
    ],
    ['end-to-end DL without segmentation', { C5: 'yes' }, 0.8315],
    // Items 12 (0.0311) and 17 (0.0200) n/a: 1 - 0.0511 = 0.9489.
    [
      'deep features, automatic segmentation',
      { C1: 'yes', C2: 'yes', C4: 'yes' },
      0.9489,
    ],
  ])('sums the applicable weight of %s', (_, profile, weight) => {
    const report = scoreRubric(metrics, profile, allAnswered(metrics, 'yes'));
    expect(report.maximum).toBe(weight);
    expect(report.percentage).toBe(100);
  });

  it('keeps condition 2 at "no" while condition 1 is "no"', () => {
    // Items 8-10, 12, 14-17 n/a: 1 - 0.1885 = 0.8115.
    const report = scoreRubric(metrics, { C2: 'yes' }, {});
    expect(report.profile.C2).toBe('no');
    expect(report.maximum).toBe(0.8115);
  });

  it('reports a domain with no applicable item as null', () => {
    const report = scoreRubric(metrics, {}, allAnswered(metrics, 'yes'));
    const segmentation = report.domains.find((d) => d.id === 'segmentation');
    expect(segmentation?.percentage).toBeNull();
  });

  it('counts unclear answers apart with no credit', () => {
    const report = scoreRubric(metrics, {}, answersOf({ M01: 'unclear' }));
    expect(report.counts.unclear).toBe(1);
    expect(report.percentage).toBe(0);
  });

  it('bands the rounded percentage at 20, 40, 60 and 80', () => {
    const band = (p: number) => bandOf(metrics.bands, p)?.id;
    expect(band(19.9)).toBe('very-low');
    expect(band(20)).toBe('low');
    expect(band(59.9)).toBe('moderate');
    expect(band(60)).toBe('good');
    expect(band(80)).toBe('excellent');
  });
});
