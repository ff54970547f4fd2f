import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../core/export/export-assessment';
import { requireRubric } from '../../../core/rubric/registry';
import {
  XSS,
  exportOptions,
  exported,
  metricsAssessment,
  radarAssessment,
} from './fixtures';

describe('exportAssessment', () => {
  const doc = exported(metricsAssessment());

  it('names the format, its version, the extension and the time', () => {
    expect(doc.format).toBe('radar-reviewer-assessment');
    expect(doc.formatVersion).toBe(1);
    expect(doc.extension).toEqual({ name: 'RADAR Reviewer', version: '0.1.0' });
    // 1_700_000_000 s is 2023-11-14T22:13:20Z; the export came 100 s later.
    expect(doc.exportedAt).toBe('2023-11-14T22:15:00.000Z');
    expect(doc.createdAt).toBe('2023-11-14T22:13:20.000Z');
  });

  it('lists every item of the rubric in rubric order', () => {
    expect(doc.items.map((i) => i.number)).toEqual(
      Array.from({ length: 30 }, (_, n) => String(n + 1)),
    );
    expect(doc.rubric).toEqual({
      id: 'metrics',
      version: '1.0',
      label: 'METRICS 1.0',
    });
  });

  it('gives each item its answer, value, applicability, note and quotes', () => {
    const [m01, , , m04, m05] = doc.items;
    expect(m01).toMatchObject({
      answer: { kind: 'option', optionId: 'yes' },
      credit: 1,
      points: 0.0368,
      applies: true,
      notApplicableBecause: null,
      note: 'CLAIM checklist in the supplement',
      evidenceIds: ['e1'],
    });
    expect(m04).toMatchObject({
      answer: { kind: 'unclear' },
      credit: 0,
      points: 0,
    });
    expect(m05).toMatchObject({
      answer: null,
      note: '=HYPERLINK("x") check later',
    });
    // Item 8 needs Cond. 1 (segmentation), which this study does not have.
    expect(doc.items[7]).toMatchObject({
      applies: false,
      notApplicableBecause: 'profile',
      points: null,
      updatedAt: null,
    });
  });

  it('scores like the METRICS worked example for end-to-end deep learning', () => {
    // Yes on items 1-3: 0.0368 + 0.0735 + 0.0919 = 0.2022. Applicable weight
    // with only Cond. 5: 1 minus items 8, 9, 10, 12, 14, 15, 16 (0.0337 +
    // 0.0225 + 0.0112 + 0.0311 + 0.02 + 0.02 + 0.03 = 0.1685) = 0.8315.
    // 100 x 0.2022 / 0.8315 = 24.317 -> 24.3, band "low" (20 to < 40).
    expect(doc.scores.percentage).toBe(24.3);
    expect(doc.scores.points).toBe(0.2022);
    expect(doc.scores.maximum).toBe(0.8315);
    expect(doc.scores.band?.id).toBe('low');
  });

  it('keeps live quotes with their selectors and drops deleted ones', () => {
    expect(doc.evidence.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(doc.evidence[0]!.selectors[0]!.exact).toBe(XSS);
    expect(doc.evidence[0]!.source).toEqual({
      url: 'https://journal.example/paper.pdf',
      kind: 'pdf',
      page: 3,
    });
    expect(doc.evidence[1]).toMatchObject({
      comment: null,
      itemIds: ['M02', 'M03'],
    });
    expect(doc.items[1]!.evidenceIds).toEqual(['e2']);
  });

  it('records a reviewer override of applicability', () => {
    const radar = exported(radarAssessment());
    const sd04 = radar.items.find((i) => i.id === 'R-SD-04');
    expect(sd04).toMatchObject({
      applies: false,
      notApplicableBecause: 'reviewer',
    });
    // SD: 2 x 1 (consensus) + 2 x 1 (yes) of weights 2 + 2 + 1 = 80 %.
    expect(radar.scores.domains.find((d) => d.id === 'SD')?.percentage).toBe(
      80,
    );
  });
});

describe('exportBundle', () => {
  it('holds each assessment scored with its own rubric', () => {
    const bundle = exportBundle(
      [
        { assessment: metricsAssessment(), rubric: requireRubric('metrics') },
        { assessment: radarAssessment(), rubric: requireRubric('radar') },
      ],
      exportOptions,
    );
    expect(bundle.format).toBe('radar-reviewer-bundle');
    expect(bundle.assessments.map((a) => a.rubric.id)).toEqual([
      'metrics',
      'radar',
    ]);
  });
});
