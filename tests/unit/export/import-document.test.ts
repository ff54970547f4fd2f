import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../core/export/export-assessment';
import { importDocument } from '../../../core/export/import-document';
import { requireRubric } from '../../../core/rubric/registry';
import {
  XSS,
  exportOptions,
  exported,
  metricsAssessment,
  radarAssessment,
} from './fixtures';

/** The assessment as an import gives it back: without deleted quotes. */
function withoutTombstones(a: ReturnType<typeof metricsAssessment>) {
  const { e3: _deleted, ...live } = a.evidence;
  return { ...a, evidence: live };
}

function refused(json: unknown): string[] {
  const before = JSON.stringify(json);
  const result = importDocument(json);
  expect(JSON.stringify(json)).toBe(before);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.errors;
}

describe('importDocument', () => {
  it('gives back the exported assessment unchanged', () => {
    const original = metricsAssessment();
    const result = importDocument(exported(original));
    expect(result).toStrictEqual({
      ok: true,
      assessments: [withoutTombstones(original)],
    });
  });

  it('gives back every assessment of a bundle, override included', () => {
    const bundle = exportBundle(
      [
        { assessment: metricsAssessment(), rubric: requireRubric('metrics') },
        { assessment: radarAssessment(), rubric: requireRubric('radar') },
      ],
      exportOptions,
    );
    const result = importDocument(JSON.parse(JSON.stringify(bundle)));
    expect(result.ok && result.assessments).toStrictEqual([
      withoutTombstones(metricsAssessment()),
      radarAssessment(),
    ]);
  });

  it('keeps HTML in quotes and titles as plain text', () => {
    const result = importDocument(exported(metricsAssessment()));
    const a = result.ok ? result.assessments[0]! : undefined;
    expect(a?.evidence.e1?.selectors[0]?.exact).toBe(XSS);
    expect(a?.evidence.e1?.comment).toBe(XSS);
    expect(a?.paper.metadata.title).toContain('<b>lesions</b>');
  });

  it('names the place and the option of an unknown answer in a bundle', () => {
    const doc = exported(metricsAssessment());
    doc.items[4]!.answer = { kind: 'option', optionId: 'maybe' };
    const bundle = {
      ...exportBundle([], exportOptions),
      assessments: [doc, doc, doc],
    };
    expect(refused(JSON.parse(JSON.stringify(bundle)))).toContain(
      'assessments[2].items[4].answer: unknown option "maybe" for item M05',
    );
  });

  it('refuses an unknown rubric and a different rubric version', () => {
    const unknown = exported(metricsAssessment());
    unknown.rubric.id = 'quadas';
    expect(refused(unknown)[0]).toMatch(/^rubric\.id: unknown rubric "quadas"/);
    const older = exported(metricsAssessment());
    older.rubric.version = '0.9';
    expect(refused(older)[0]).toMatch(/^rubric\.version: "0\.9"/);
  });

  it('refuses unknown items, profile options and quote references', () => {
    const doc = exported(metricsAssessment());
    doc.items[29]!.id = 'M31';
    doc.profile.C5!.option = 'sometimes';
    doc.items[0]!.evidenceIds.push('e9');
    doc.evidence[1]!.itemIds.push('M99');
    expect(refused(doc)).toEqual([
      'profile.C5.option: unknown option "sometimes" for profile question C5',
      'items[0].evidenceIds: no evidence quote "e9"',
      'items[29].id: unknown item "M31" in METRICS 1.0',
      'evidence[1].itemIds: unknown item "M99"',
    ]);
  });

  it('refuses a not-applicable answer where the item forbids it', () => {
    const doc = exported(metricsAssessment());
    doc.items[0]!.answer = { kind: 'not-applicable', justification: 'no' };
    expect(refused(doc)).toEqual([
      'items[0].answer: item M01 cannot be marked not applicable',
    ]);
  });

  it('reports shape problems with their paths', () => {
    const doc = exported(metricsAssessment()) as unknown as {
      createdAt: unknown;
      evidence: { source: { kind: unknown } }[];
    };
    doc.createdAt = 1700000000000;
    doc.evidence[0]!.source.kind = 'docx';
    const errors = refused(doc);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^evidence\[0\]\.source\.kind: /);
    expect(errors[1]).toMatch(/^createdAt: /);
  });

  it('refuses other documents and newer format versions in one line', () => {
    expect(refused([])).toEqual(['(document): expected a JSON object']);
    expect(refused({ rubric: 'metrics' })).toEqual([
      'format: expected "radar-reviewer-assessment" or "radar-reviewer-bundle", got nothing',
    ]);
    const newer = { ...exported(metricsAssessment()), formatVersion: 2 };
    expect(refused(newer)[0]).toMatch(/^formatVersion: 2 is newer/);
  });

  it('refuses an assessment without a reviewer', () => {
    const doc = exported(metricsAssessment());
    doc.reviewer = '';
    expect(refused(doc)).toEqual([
      'reviewer: empty; every assessment names its reviewer',
    ]);
  });

  it('refuses an id that its paper, reviewer and rubric do not give', () => {
    const doc = exported(metricsAssessment());
    doc.id = 'copy-of-ada';
    const bundle = { ...exportBundle([], exportOptions), assessments: [doc] };
    expect(refused(JSON.parse(JSON.stringify(bundle)))).toEqual([
      'assessments[0].id: does not match its paper, reviewer and rubric ' +
        '(expected "doi%3A10.1000%2Fxyz123|ada%20reviewer|metrics")',
    ]);
  });

  it('refuses a reviewer renamed without the id', () => {
    const doc = exported(metricsAssessment());
    doc.reviewer = 'Grace Reviewer';
    expect(refused(doc)[0]).toMatch(/^id: does not match/);
  });

  it('accepts the reviewer written with other case and spaces', () => {
    const doc = exported(metricsAssessment());
    doc.reviewer = ' ada REVIEWER ';
    expect(importDocument(doc).ok).toBe(true);
  });
});
