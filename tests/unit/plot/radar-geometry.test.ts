import { describe, expect, it } from 'vitest';
import {
  pathData,
  pointOnAxis,
  seriesOutline,
} from '../../../core/plot/radar-geometry';

describe('pointOnAxis', () => {
  it('puts the first axis straight up and scales by percent', () => {
    const p = pointOnAxis(0, 4, 50, 100);
    expect(p.x).toBeCloseTo(0);
    expect(p.y).toBeCloseTo(-50);
  });

  it('turns clockwise: the second of four axes points right', () => {
    const p = pointOnAxis(1, 4, 100, 80);
    expect(p.x).toBeCloseTo(80);
    expect(p.y).toBeCloseTo(0);
  });

  it('clamps values outside 0-100', () => {
    expect(pointOnAxis(2, 4, 150, 10).y).toBeCloseTo(10);
    expect(pointOnAxis(2, 4, -20, 10).y).toBeCloseTo(0);
  });
});

describe('seriesOutline', () => {
  it('closes a series with a value on every axis', () => {
    const axes = [100, 100, 100, 100].map((value) => ({ label: '', value }));
    const { runs, closed } = seriesOutline(axes, 10);
    expect(closed).toBe(true);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toHaveLength(4);
  });

  it('leaves a gap at a domain that does not apply', () => {
    // Axes 0..4 with axis 2 n/a: the outline runs 3 -> 4 -> 0 -> 1.
    const values = [50, 50, null, 50, 50];
    const axes = values.map((value) => ({ label: '', value }));
    const { runs, closed } = seriesOutline(axes, 10);
    expect(closed).toBe(false);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toHaveLength(4);
    expect(runs[0]?.[2]?.y).toBeCloseTo(-5); // axis 0 points up, at 50%
  });

  it('splits into two runs around two separate gaps', () => {
    const values = [10, null, 20, 30, null, 40];
    const axes = values.map((value) => ({ label: '', value }));
    expect(seriesOutline(axes, 10).runs.map((r) => r.length)).toEqual([2, 2]);
  });
});

describe('pathData', () => {
  it('writes moves, lines and a closing Z', () => {
    const d = pathData(
      [
        { x: 0, y: 0 },
        { x: 1, y: 2 },
      ],
      true,
    );
    expect(d).toBe('M0.00,0.00 L1.00,2.00 Z');
  });
});
