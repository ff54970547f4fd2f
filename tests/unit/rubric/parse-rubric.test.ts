import { describe, expect, it } from 'vitest';
import {
  checkAnswers,
  itemAnswerSchema,
  listRubrics,
  parseRubric,
  rubricJsonSchema,
} from '../../../core/rubric';
import metricsJson from '../../../core/rubrics/metrics.json';
import { metrics, radar } from './helpers';

/** A deep copy of the METRICS pack, edited by `change`. */
function broken(change: (pack: any) => void): unknown {
  const pack = structuredClone(metricsJson);
  change(pack);
  return pack;
}

function errorsOf(json: unknown): string[] {
  const result = parseRubric(json);
  return result.ok ? [] : result.errors;
}

describe('parseRubric', () => {
  it('accepts every built-in rubric, RADAR first', () => {
    expect(listRubrics().map((r) => r.id)).toEqual([
      'radar',
      'metrics',
      'rqs1',
      'rqs2',
    ]);
    for (const r of listRubrics()) expect(parseRubric(r).ok).toBe(true);
  });

  it('names the field of a credit out of range', () => {
    const json = broken((p) => (p.items[3].options[1].credit = 2));
    expect(errorsOf(json)).toEqual([
      'items[3].options[1].credit: expected a number between 0 and 1',
    ]);
  });

  it('names a missing top-level field', () => {
    const json = broken((p) => delete p.title);
    expect(errorsOf(json)).toEqual(['title: expected text']);
  });

  it('refuses an item in an unknown domain', () => {
    const json = broken((p) => (p.items[0].domain = 'nope'));
    expect(errorsOf(json)).toEqual(['items[0].domain: unknown domain "nope"']);
  });

  it('refuses duplicate option ids', () => {
    const json = broken((p) => (p.items[2].options[1].id = 'no'));
    expect(errorsOf(json)).toEqual([
      'items[2].options[1].id: duplicate id "no"',
    ]);
  });

  it('refuses a rule over an unknown profile question', () => {
    const json = broken((p) => (p.items[7].appliesWhen = 'C9'));
    expect(errorsOf(json)).toEqual([
      'items[7].appliesWhen: unknown profile question "C9"',
    ]);
  });

  it('refuses a weighted item without a weight', () => {
    const json = broken((p) => delete p.items[5].weight);
    expect(errorsOf(json)).toEqual([
      'items[5].weight: required when scoring is "weighted"',
    ]);
  });

  it('refuses a document that is not an object', () => {
    expect(errorsOf('metrics')[0]).toMatch(/^\(document\): /);
  });

  it('exports a JSON Schema', () => {
    const schema = rubricJsonSchema() as { type: string; required: string[] };
    expect(schema.type).toBe('object');
    expect(schema.required).toContain('items');
  });
});

describe('checkAnswers', () => {
  it('names unknown items, options and profile answers', () => {
    const problems = checkAnswers(
      metrics,
      { C1: 'maybe' },
      {
        M99: { kind: 'option', optionId: 'yes' },
        M01: { kind: 'option', optionId: 'perhaps' },
      },
    );
    expect(problems).toEqual([
      'profile.C1: unknown option "maybe"',
      'answers.M99: unknown item',
      'answers.M01: unknown option "perhaps"',
    ]);
  });

  it('refuses not applicable where the item does not allow it', () => {
    const answers = {
      M01: { kind: 'not-applicable' as const, justification: 'why not' },
    };
    expect(checkAnswers(metrics, {}, answers)).toEqual([
      'answers.M01: this item cannot be marked not applicable',
    ]);
  });

  it('refuses not applicable without a justification', () => {
    const answers = {
      'R-SD-01': { kind: 'not-applicable' as const, justification: '' },
    };
    expect(checkAnswers(radar, {}, answers)).toEqual([
      'answers.R-SD-01: not applicable needs a written justification',
    ]);
  });
});

describe('itemAnswerSchema', () => {
  it('refuses a blank justification', () => {
    const answer = { kind: 'not-applicable', justification: ' ' };
    expect(itemAnswerSchema.safeParse(answer).success).toBe(false);
  });

  it('accepts a list of options', () => {
    const answer = { kind: 'options', optionIds: ['scans', 'code'] };
    expect(itemAnswerSchema.safeParse(answer).success).toBe(true);
  });
});
