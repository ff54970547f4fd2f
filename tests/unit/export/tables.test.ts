import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { TableResult } from '../../../core/export/csv';
import { longTable } from '../../../core/export/long-table';
import {
  judgementOf,
  robvisLegend,
  robvisTable,
} from '../../../core/export/robvis-table';
import { wideTable } from '../../../core/export/wide-table';
import { requireRubric } from '../../../core/rubric/registry';
import {
  XSS,
  exported,
  metricsAssessment,
  paper,
  radarAssessment,
} from './fixtures';

type Row = Record<string, string>;

function parse(csv: string): { fields: string[]; rows: Row[] } {
  const out = Papa.parse<Row>(csv, { header: true, skipEmptyLines: true });
  expect(out.errors).toEqual([]);
  return { fields: out.meta.fields ?? [], rows: out.data };
}

function csvOf(result: TableResult): string {
  if (!result.ok) throw new Error(result.error);
  return result.csv;
}

const metrics = exported(metricsAssessment());

describe('wideTable', () => {
  it('writes one row per assessment with totals worked out by hand', () => {
    const { fields, rows } = parse(csvOf(wideTable([metrics])));
    expect(fields).toContain('domain_open-science');
    expect(fields).not.toContain('metrics_percentage');
    // See the METRICS worked example: 0.2022 / 0.8315 = 24.3 %, "low".
    // Answered: items 1, 2, 3 and 6; unclear: 4; applicable: 30 minus the
    // 7 items that need segmentation, hand-crafted or tabular features.
    expect(rows[0]).toMatchObject({
      paper_key: 'doi:10.1000/xyz123',
      doi: '10.1000/xyz123',
      pmid: '31234567',
      first_author: 'Jane Smith',
      year: '2021',
      rubric_id: 'metrics',
      rubric_version: '1.0',
      total_percentage: '24.3',
      points: '0.2022',
      maximum: '0.8315',
      band: 'low',
      answered: '4',
      applicable: '23',
      unclear: '1',
      // Items 1-3 all yes; no segmentation item applies.
      domain_design: '100',
      domain_segmentation: 'n/a',
      domain_imaging: '0',
    });
  });

  it('keeps HTML in titles as text', () => {
    const { rows } = parse(csvOf(wideTable([metrics])));
    expect(rows[0]!.title).toBe(
      'Deep learning for <b>lesions</b> by Jane Smith',
    );
  });

  it('adds the derived figures for RADAR', () => {
    const { fields, rows } = parse(
      csvOf(wideTable([exported(radarAssessment())])),
    );
    expect(fields.slice(-3)).toEqual([
      'metrics_percentage',
      'rqs2_points',
      'suggested_readiness_level',
    ]);
    // Gate 1 holds (SD-01 consensus, CD-01 yes), gate 2 (IA-03) does not.
    expect(rows[0]).toMatchObject({
      domain_SD: '80',
      suggested_readiness_level: '1',
    });
  });

  it('refuses assessments of different rubrics', () => {
    const result = wideTable([metrics, exported(radarAssessment())]);
    expect(result).toEqual({
      ok: false,
      error: `the assessments use more than one rubric: metrics 1.0 (1), radar ${requireRubric('radar').version} (1); make one table per rubric`,
    });
  });
});

describe('longTable', () => {
  const { fields, rows } = parse(longTable([metrics]));

  it('writes one row per item with its answer and quotes', () => {
    expect(fields).toEqual([
      'assessment_id',
      'paper_key',
      'reviewer',
      'rubric_id',
      'rubric_version',
      'item_id',
      'item_number',
      'domain',
      'answer',
      'justification',
      'credit',
      'points',
      'applicable',
      'not_applicable_because',
      'quotes',
      'note',
    ]);
    expect(rows).toHaveLength(30);
    expect(rows[0]).toMatchObject({
      item_id: 'M01',
      answer: 'yes',
      credit: '1',
      points: '0.0368',
      applicable: 'true',
      quotes: '1',
      note: 'CLAIM checklist in the supplement',
    });
    expect(rows[7]).toMatchObject({
      item_id: 'M08',
      answer: '',
      applicable: 'false',
      not_applicable_because: 'profile',
    });
  });

  it('defuses a note that a spreadsheet would read as a formula', () => {
    expect(rows[4]!.note).toBe(`'=HYPERLINK("x") check later`);
  });

  it('keeps an HTML quote comment intact', () => {
    const doc = exported(metricsAssessment());
    doc.items[0]!.note = XSS;
    expect(parse(longTable([doc])).rows[0]!.note).toBe(XSS);
  });
});

describe('robvisTable', () => {
  const other = exported(
    metricsAssessment(paper('Smith, John', 2021, '10.1000/other')),
  );
  const second = exported(metricsAssessment(undefined, 'Bob Second'));

  it('maps percentages to judgements by our convention', () => {
    expect([80, 79.9, 40, 39.9, null].map(judgementOf)).toEqual([
      'Low',
      'Some concerns',
      'Some concerns',
      'High',
      'No information',
    ]);
  });

  it('writes Study, D1..D9, Overall and Weight', () => {
    const { fields, rows } = parse(
      csvOf(robvisTable([metrics, other, second])),
    );
    expect(fields).toEqual([
      'Study',
      'D1',
      'D2',
      'D3',
      'D4',
      'D5',
      'D6',
      'D7',
      'D8',
      'D9',
      'Overall',
      'Weight',
    ]);
    // Design 100 % -> Low; imaging 0 % -> High; no segmentation item
    // applies -> No information; total 24.3 % -> High.
    expect(rows[0]).toMatchObject({
      D1: 'Low',
      D2: 'High',
      D3: 'No information',
      Overall: 'High',
      Weight: '1',
    });
  });

  it('tells apart papers and reviewers that share a label', () => {
    const { rows } = parse(csvOf(robvisTable([metrics, other, second])));
    expect(rows.map((r) => r.Study)).toEqual([
      'Smith 2021a (Ada Reviewer)',
      'Smith 2021b',
      'Smith 2021a (Bob Second)',
    ]);
  });

  it('refuses assessments of different rubrics', () => {
    expect(robvisTable([metrics, exported(radarAssessment())]).ok).toBe(false);
  });
});

describe('robvisLegend', () => {
  it('names each domain column', () => {
    const legend = robvisLegend(requireRubric('metrics').domains);
    expect(legend[0]).toBe('D1: Study design');
    expect(legend[8]).toBe('D9: Open science');
    expect(legend[9]).toBe('Overall: total percentage');
  });
});
