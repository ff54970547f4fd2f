import { describe, expect, it } from 'vitest';
import { assessmentId } from '../../../core/assessment/create';
import { setItemAnswer } from '../../../core/assessment/edit';
import { readStoredAssessment } from '../../../core/assessment/migrate';
import { emptyAssessment } from './fixtures';

describe('readStoredAssessment', () => {
  it('accepts a record of the current version as it is', () => {
    const stored = setItemAnswer(
      emptyAssessment(),
      'M01',
      { kind: 'unclear' },
      5,
    );
    const result = readStoredAssessment(JSON.parse(JSON.stringify(stored)));
    expect(result).toEqual({ ok: true, assessment: stored });
  });

  it('upgrades an older record through the migrations in order', () => {
    // A made-up version 0 that kept answers as bare option ids; its
    // migration must turn them into the entries of version 1.
    const { items: _items, ...current } = emptyAssessment();
    const versionZero = {
      ...current,
      schemaVersion: 0,
      answers: { M01: 'yes' },
    };
    const toVersionOne = ({ answers, ...record }: Record<string, unknown>) => ({
      ...record,
      items: Object.fromEntries(
        Object.entries(answers as Record<string, string>).map(
          ([id, option]) => [
            id,
            { answer: { kind: 'option', optionId: option }, updatedAt: 1000 },
          ],
        ),
      ),
    });
    const result = readStoredAssessment(versionZero, { 0: toVersionOne });
    expect(result.ok && result.assessment.items.M01?.answer).toEqual({
      kind: 'option',
      optionId: 'yes',
    });
    expect(result.ok && result.assessment.schemaVersion).toBe(1);
  });

  it('refuses an older record that has no migration', () => {
    const result = readStoredAssessment({
      ...emptyAssessment(),
      schemaVersion: 0,
    });
    expect(result).toEqual({
      ok: false,
      error: 'no upgrade from schemaVersion 0',
    });
  });

  it('refuses a record from a newer extension with a clear message', () => {
    const result = readStoredAssessment({
      ...emptyAssessment(),
      schemaVersion: 9,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/newer than this extension/);
  });

  it('names the field and the problem of a damaged record', () => {
    const damaged = {
      ...emptyAssessment(),
      items: { M01: { updatedAt: 'x' } },
    };
    const result = readStoredAssessment(damaged);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^items\.M01\.updatedAt: /);
  });

  it('refuses a not-applicable answer without justification', () => {
    const record = setItemAnswer(
      emptyAssessment(),
      'R-SD-01',
      { kind: 'not-applicable', justification: '  ' },
      7,
    );
    const result = readStoredAssessment(record);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('justification');
  });
});

describe('assessmentId', () => {
  it('is one record per paper, reviewer and rubric, whatever the name case', () => {
    expect(assessmentId('doi:10.1/x', 'Ada ', 'radar')).toBe(
      assessmentId('doi:10.1/x', 'ada', 'radar'),
    );
    expect(assessmentId('doi:10.1/x', 'ada', 'radar')).not.toBe(
      assessmentId('doi:10.1/x', 'ada', 'metrics'),
    );
  });
});
