// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomainBars, barsLayout } from '@/components/plots/DomainBars';
import { stubCanvas } from './canvas-stub';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const two = [
  {
    name: 'Lovelace 2023 – Grace',
    axes: [
      { label: 'SD', value: 50 },
      { label: 'SG', value: null },
      { label: 'VA', value: 100 },
    ],
  },
  {
    name: 'Turing 2021 – Ada',
    axes: [
      { label: 'SD', value: 25 },
      { label: 'SG', value: 0 },
      { label: 'VA', value: null },
    ],
  },
];

describe('barsLayout', () => {
  it('places two series side by side within each domain', () => {
    const layout = barsLayout(two);
    expect(layout.labels).toEqual(['SD', 'SG', 'VA']);
    // Each series gets 0.8 / 2 = 0.4 of a domain; bars fill 90 % of it.
    expect(layout.barWidth).toBeCloseTo(0.36);
    expect(layout.lefts[0]).toEqual([-0.4, 0.6, 1.6]);
    expect(layout.lefts[1]!.map((x) => Number(x.toFixed(6)))).toEqual([
      0, 1, 2,
    ]);
  });

  it('keeps n/a domains as null, not zero', () => {
    const { values } = barsLayout(two);
    expect(values).toEqual([
      [50, null, 100],
      [25, 0, null],
    ]);
  });
});

describe('DomainBars', () => {
  it('lists n/a domains as "n/a" in its data table and legend names', () => {
    stubCanvas();
    render(<DomainBars series={two} title="Domains" />);
    const row = screen.getByRole('row', { name: /^SG/ });
    expect(row.textContent).toBe('SGn/a0.0%');
    expect(screen.getByText('Turing 2021 – Ada')).toBeTruthy();
  });
});
