// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AssessmentActions } from '@/components/sidepanel/AssessmentActions';
import { createAssessment } from '@/core/assessment/create';
import { setItemAnswer } from '@/core/assessment/edit';
import { requireRubric } from '@/core/rubric';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const rubric = requireRubric('metrics');
const assessment = setItemAnswer(
  createAssessment({
    paper: {
      key: 'doi:10.1/x',
      aliases: [],
      metadata: { title: 'A <b>bold</b> title' },
    },
    reviewer: 'Ada',
    rubric: { id: 'metrics', version: '1.0' },
    now: 1000,
  }),
  'M01',
  { kind: 'option', optionId: 'yes' },
  2000,
);

describe('AssessmentActions', () => {
  it('links the report of this assessment and the library', () => {
    renderActions();
    const report = screen.getByRole('link', { name: 'Report' });
    expect(report.getAttribute('href')).toBe(
      `report.html?id=${encodeURIComponent(assessment.id)}`,
    );
    expect(screen.getByRole('link', { name: 'All assessments' })).toBeTruthy();
  });

  it('downloads the evidence-backed JSON export of the assessment', async () => {
    const blobs = renderCapturingDownloads();
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    const doc = JSON.parse(await blobs[0]!.text());
    expect(doc.format).toBe('radar-reviewer-assessment');
    expect(doc.extension.version).toBe('1.2.3');
    // Yes on M01 alone, every condition "no": 0.0368 over the 0.8115 of
    // weight left when items 8-10, 12 and 14-17 drop out = 4.5 %.
    expect(doc.scores.percentage).toBe(4.5);
  });

  it('downloads every stored assessment as one bundle', async () => {
    const blobs = renderCapturingDownloads();
    fireEvent.click(screen.getByRole('button', { name: 'Export all' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    const bundle = JSON.parse(await blobs[0]!.text());
    expect(bundle.format).toBe('radar-reviewer-bundle');
    expect(bundle.assessments.map((a: { id: string }) => a.id)).toEqual([
      assessment.id,
    ]);
  });
});

function renderActions(): void {
  render(
    <AssessmentActions
      assessment={assessment}
      rubric={rubric}
      extensionVersion="1.2.3"
      loadAll={async () => [assessment]}
    />,
  );
}

/** Renders the actions; the returned list fills with downloaded blobs. */
function renderCapturingDownloads(): Blob[] {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  renderActions();
  return blobs;
}
