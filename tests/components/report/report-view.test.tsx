// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportApp } from '@/components/report/ReportApp';
import type { Assessment } from '@/core/assessment/types';
import {
  XSS_QUOTE,
  exportOptions,
  metricsAssessment,
  radarAssessment,
} from './fixtures';
import { stubCanvas } from './canvas-stub';

beforeEach(() => {
  stubCanvas();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function renderReport(assessment: Assessment | undefined) {
  render(<ReportApp load={async () => assessment} options={exportOptions} />);
  await screen.findByRole('heading', { level: 1 });
}

describe('report page', () => {
  it('shows the total worked out by hand from the METRICS weights', async () => {
    await renderReport(metricsAssessment());
    // (0.0368 + 0.0735 + 0.0919) / 0.8315 = 0.2432 -> 24.3 %, band Low.
    expect(screen.getByTestId('total').textContent).toBe('24.3 %');
    expect(screen.getByText('Low')).toBeTruthy();
    expect(screen.getByText('0.2022 / 0.8315 points')).toBeTruthy();
  });

  it('renders a hostile quote and note as text, with no img element', async () => {
    await renderReport(metricsAssessment());
    const quote = screen.getByText(XSS_QUOTE);
    expect(quote.tagName).toBe('BLOCKQUOTE');
    expect(document.querySelector('main img')).toBeNull();
    expect(document.querySelector('main b')).toBeNull();
    expect(screen.getByText('See the methods <b>section</b>.')).toBeTruthy();
    expect(screen.getByText('PDF page 4')).toBeTruthy();
  });

  it('marks a domain where no item applies as n/a', async () => {
    await renderReport(metricsAssessment());
    // Without segmentation (profile C1 "no") no Segmentation item applies.
    const heading = screen.getByRole('heading', { name: /^Segmentation:/ });
    expect(heading.textContent).toContain('n/a');
    const row = screen.getByRole('row', { name: /^Segmentation/ });
    expect(within(row).getByText('no item applies')).toBeTruthy();
  });

  it('labels the figures derived from RADAR answers as derived', async () => {
    await renderReport(radarAssessment());
    expect(screen.getByText('METRICS (derived)')).toBeTruthy();
    expect(screen.getByText('RQS 2.0 points (derived)')).toBeTruthy();
    expect(
      screen.getByText('Suggested readiness level (derived)'),
    ).toBeTruthy();
  });

  it('shows the reviewer’s reason for an item set not applicable', async () => {
    await renderReport(radarAssessment());
    expect(
      screen.getByText(
        'n/a, set by the reviewer: A phantom study has no cohort.',
      ),
    ).toBeTruthy();
  });

  it('names the rubric with its version', async () => {
    await renderReport(radarAssessment());
    expect(
      screen.getByText('RADAR draft catalogue v0.1 (version 0.1-draft)'),
    ).toBeTruthy();
  });

  it('says so when no assessment has the id', async () => {
    render(<ReportApp load={async () => undefined} options={exportOptions} />);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'No saved assessment',
    );
  });
});
