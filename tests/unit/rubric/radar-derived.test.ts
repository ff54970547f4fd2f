import { describe, expect, it } from 'vitest';
import {
  rqs2Points,
  suggestReadinessLevel,
  deriveRqs2,
} from '../../../core/rubric';
import { scoreRubric } from '../../../core/rubric';
import { answersOf, radar } from './helpers';

const creditsOf =
  (credits: Record<string, number>) =>
  (id: string): number =>
    credits[id] ?? 0;

describe('derived scores from RADAR answers', () => {
  it('derives the METRICS percentage and RQS 2.0 points', () => {
    const answers = answersOf({
      'R-SD-02': 'yes', // METRICS 1
      'R-CD-01': 'yes', // METRICS 2, RQS 2.0 #4 +1
      'R-SD-04': 'yes', // METRICS 3
      'R-CU-02': 'yes', // METRICS 24, RQS 2.0 #24 +2
      'R-PM-01': 'complete', // METRICS 20; with PM-02, RQS 2.0 #17 +2
      'R-PM-02': 'yes', // METRICS 21
      'R-OS-01': 'partial', // not METRICS 28; RQS 2.0 #20 one aspect
      'R-OS-02': 'yes', // METRICS 29; RQS 2.0 #20 second aspect -> +2
      'R-VA-02': 'one-external', // not METRICS 27; RQS 2.0 #21 +1
      'R-SD-01': 'consensus', // RQS 2.0 #1 +2
    });
    const report = scoreRubric(radar, { E2E: 'yes', MULTI: 'yes' }, answers);
    if (report.extras.kind !== 'radar') throw new Error('not a RADAR report');
    const { metrics, rqs2 } = report.extras.derived;
    // METRICS, Cond. 5 only: 0.0368 + 0.0735 + 0.0919 + 0.0293 + 0.0352
    // + 0.0234 + 0.0075 = 0.2976; 0.2976 / 0.8315 = 35.79% -> 35.8 (low).
    expect(metrics.points).toBe(0.2976);
    expect(metrics.maximum).toBe(0.8315);
    expect(metrics.percentage).toBe(35.8);
    expect(metrics.band?.id).toBe('low');
    // RQS 2.0, deep learning: 1 + 2 + 2 + 2 + 1 + 2 = 10 of 52 = 19.2%.
    expect(rqs2).toEqual({
      method: 'deep-learning',
      points: 10,
      maximum: 52,
      percentage: 19.2,
    });
  });

  it('splits feature robustness over two hand-crafted criteria', () => {
    const half = creditsOf({ 'R-FE-03': 0.5 });
    const full = creditsOf({ 'R-FE-03': 1 });
    expect([rqs2Points('R06', half), rqs2Points('R12', half)]).toEqual([1, 0]);
    expect([rqs2Points('R06', full), rqs2Points('R12', full)]).toEqual([1, 1]);
  });

  it('leaves hand-crafted criteria out of a deep-learning study', () => {
    const credit = creditsOf({ 'R-FE-03': 1, 'R-FE-01': 1 });
    expect(deriveRqs2({ HC: 'no' }, credit).points).toBe(0);
    // Hand-crafted: #6 +1, #12 +1, #9 +1 = 3 of 56.
    expect(deriveRqs2({ HC: 'yes' }, credit)).toMatchObject({
      method: 'handcrafted',
      points: 3,
      maximum: 56,
    });
  });

  it('caps open science at 3 aspects', () => {
    const credit = creditsOf({ 'R-OS-01': 1, 'R-OS-02': 1 });
    expect(rqs2Points('R20', credit)).toBe(3);
  });
});

describe('suggestReadinessLevel', () => {
  const gates: Record<string, number>[] = [
    { 'R-SD-01': 0.5, 'R-CD-01': 1 },
    { 'R-IA-03': 1 },
    { 'R-FM-01': 1 },
    { 'R-VA-01': 1, 'R-PM-01': 0.5 },
    { 'R-VA-02': 0.33 },
    { 'R-IX-04': 0.5 },
    { 'R-VA-04': 1 },
    { 'R-TR-01': 1, 'R-TR-03': 1 },
    { 'R-TR-07': 1, 'R-TR-08': 1 },
  ];
  const upTo = (k: number) => Object.assign({}, ...gates.slice(0, k));

  it('returns 0 when the first gate fails', () => {
    expect(suggestReadinessLevel(creditsOf({ 'R-IA-03': 1 }))).toBe(0);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9])('reaches level %i', (k) => {
    expect(suggestReadinessLevel(creditsOf(upTo(k)))).toBe(k);
  });

  it('stops at the first failed gate even when higher ones hold', () => {
    const credits = { ...upTo(9), 'R-VA-04': 0 };
    expect(suggestReadinessLevel(creditsOf(credits))).toBe(6);
  });

  it('accepts cost-effectiveness for level 8', () => {
    const credits = { ...upTo(7), 'R-CU-03': 1 };
    expect(suggestReadinessLevel(creditsOf(credits))).toBe(8);
  });
});
