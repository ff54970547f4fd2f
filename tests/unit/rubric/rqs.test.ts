import { describe, expect, it } from 'vitest';
import { scoreRubric } from '../../../core/rubric';
import { answersOf, bestAnswers, rqs1, rqs2 } from './helpers';

describe('RQS 1.0 scoring', () => {
  it('reaches 36 points (100%) with every best answer', () => {
    // 2+1+1+1+3+1+1+1+2+2+7+5+2+2+1+4 = 36.
    const report = scoreRubric(rqs1, {}, bestAnswers(rqs1));
    expect(report.points).toBe(36);
    expect(report.percentage).toBe(100);
  });

  it('reaches -8 points with the two penalties and nothing else', () => {
    // Item 5 neither (-3) + item 12 no validation (-5); -8 / 36 = -22.2%.
    const report = scoreRubric(rqs1, {}, answersOf({ Q05: 'no', Q12: 'none' }));
    expect(report.points).toBe(-8);
    expect(report.percentage).toBe(-22.2);
    expect(report.extras).toEqual({ kind: 'rqs1', minimum: -8 });
  });

  it('gives a domain percentage of its ideal score, penalties included', () => {
    // D2 (items 5 and 12) spans -8..+8; +3 - 5 = -2 -> -2 / 8 = -25%.
    const report = scoreRubric(
      rqs1,
      {},
      answersOf({ Q05: 'yes', Q12: 'none' }),
    );
    const d2 = report.domains.find((d) => d.id === 'D2');
    expect(d2).toMatchObject({ points: -2, minimum: -8, maximum: 8 });
    expect(d2?.percentage).toBe(-25);
  });

  it('shows an untouched domain with penalties at 0%, not half met', () => {
    const report = scoreRubric(rqs1, {}, {});
    expect(report.domains.find((d) => d.id === 'D2')?.percentage).toBe(0);
  });

  it('adds up the options of a cumulative item', () => {
    const report = scoreRubric(
      rqs1,
      {},
      answersOf({ Q16: ['scans', 'code', 'features'] }),
    );
    expect(report.domains.find((d) => d.id === 'D6')?.points).toBe(3);
  });
});

describe('RQS 2.0 scoring', () => {
  // Per-level cumulative maxima worked out from the criteria points.
  const handcrafted = [7, 12, 17, 26, 34, 39, 46, 52, 56];
  const deepLearning = [7, 10, 13, 22, 30, 35, 42, 48, 52];

  it.each(handcrafted.map((max, n) => [n + 1, max]))(
    'has a hand-crafted maximum at level %i of %i',
    (level, max) => {
      const profile = { method: 'handcrafted', RRL: String(level) };
      const report = scoreRubric(rqs2, profile, bestAnswers(rqs2));
      expect(report.maximum).toBe(max);
      expect(report.points).toBe(max);
    },
  );

  it.each(deepLearning.map((max, n) => [n + 1, max]))(
    'has a deep-learning maximum at level %i of %i',
    (level, max) => {
      const profile = { method: 'deep-learning', RRL: String(level) };
      expect(scoreRubric(rqs2, profile, {}).maximum).toBe(max);
    },
  );

  it('gives "both" the hand-crafted maximum of 56', () => {
    expect(scoreRubric(rqs2, { method: 'both' }, {}).maximum).toBe(56);
  });

  it('scores relative to the chosen level and reports the full track', () => {
    // DL at level 2: criterion 1 consensus (2) + criterion 7 (1) = 3 / 10.
    const report = scoreRubric(
      rqs2,
      { method: 'deep-learning', RRL: '2' },
      answersOf({ R01: 'consensus', R07: 'yes', R20: 'all' }),
    );
    expect(report.points).toBe(3);
    expect(report.percentage).toBe(30);
    expect(report.extras).toEqual({
      kind: 'rqs2',
      method: 'deep-learning',
      readinessLevel: 2,
      fullTrackMaximum: 52,
    });
  });
});
