import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemApplies, resolveProfile, scoreRubric } from '../../../core/rubric';
import type {
  ItemAnswer,
  ItemAnswers,
  ProfileAnswers,
  Rubric,
} from '../../../core/rubric';
import { metrics, radar, rqs1, rqs2 } from './helpers';

/** Any profile the rubric's questions allow. */
function profileArb(rubric: Rubric): fc.Arbitrary<ProfileAnswers> {
  const entries = rubric.profile.map((q) =>
    fc.constantFrom(...q.options.map((o) => o.id)).map((v) => [q.id, v]),
  );
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs));
}

/** Any valid answer to each item, or none. */
function answersArb(rubric: Rubric): fc.Arbitrary<ItemAnswers> {
  const perItem = rubric.items.map((item) => {
    const ids = item.options.map((o) => o.id);
    const choices: fc.Arbitrary<ItemAnswer | undefined>[] = [
      fc.constant(undefined),
      fc.constant({ kind: 'unclear' }),
      item.multiple
        ? fc.subarray(ids).map((optionIds) => ({ kind: 'options', optionIds }))
        : fc
            .constantFrom(...ids)
            .map((optionId) => ({ kind: 'option', optionId })),
    ];
    if (item.allowNotApplicable) {
      choices.push(fc.constant({ kind: 'not-applicable', justification: 'x' }));
    }
    return fc.oneof(...choices).map((a) => [item.id, a] as const);
  });
  return fc.tuple(...perItem).map((pairs) => {
    const out: ItemAnswers = {};
    for (const [id, a] of pairs) if (a) out[id] = a;
    return out;
  });
}

const all = [radar, metrics, rqs1, rqs2];
const runs = { numRuns: 150 };

describe.each(all.map((r) => [r.id, r] as const))(
  '%s properties',
  (_, rubric) => {
    // RQS 1.0 may fall to -8 of 36 points: -22.2%.
    const lowest = rubric.id === 'rqs1' ? -22.3 : 0;

    it('keeps every percentage within its range', () => {
      fc.assert(
        fc.property(
          profileArb(rubric),
          answersArb(rubric),
          (profile, answers) => {
            const report = scoreRubric(rubric, profile, answers);
            const p = report.percentage;
            expect(p === null || (p >= lowest && p <= 100)).toBe(true);
            for (const d of report.domains) {
              // A domain falls as low as its minimum points over its maximum.
              const floor = d.maximum > 0 ? (100 * d.minimum) / d.maximum : 0;
              const dp = d.percentage;
              expect(dp === null || (dp >= floor - 0.05 && dp <= 100)).toBe(
                true,
              );
            }
          },
        ),
        runs,
      );
    });

    it('never lowers a score when a "no" turns "yes"', () => {
      const binary = rubric.items.filter((i) =>
        ['no', 'yes'].every((id) => i.options.some((o) => o.id === id)),
      );
      fc.assert(
        fc.property(
          profileArb(rubric),
          answersArb(rubric),
          fc.constantFrom(...binary),
          (profile, answers, item) => {
            const no = { ...answers, [item.id]: pick('no') };
            const yes = { ...answers, [item.id]: pick('yes') };
            const before = scoreRubric(rubric, profile, no);
            const after = scoreRubric(rubric, profile, yes);
            expect(after.points).toBeGreaterThanOrEqual(before.points);
            expect(after.percentage ?? 0).toBeGreaterThanOrEqual(
              before.percentage ?? 0,
            );
            after.domains.forEach((d, n) => {
              const was = before.domains[n]!.percentage ?? 0;
              expect(d.percentage ?? 0).toBeGreaterThanOrEqual(was);
            });
          },
        ),
        runs,
      );
    });
  },
);

function pick(optionId: string): ItemAnswer {
  return { kind: 'option', optionId };
}

describe('RADAR not-applicable overrides', () => {
  it('give the percentage of the other items alone', () => {
    fc.assert(
      fc.property(
        profileArb(radar),
        answersArb(radar),
        fc.constantFrom(...radar.items),
        (profile, answers, item) => {
          const resolved = resolveProfile(radar, profile);
          fc.pre(itemApplies(item, resolved));
          const marked = {
            ...answers,
            [item.id]: {
              kind: 'not-applicable',
              justification: 'why',
            } as const,
          };
          const without = {
            ...radar,
            items: radar.items.filter((i) => i.id !== item.id),
          };
          const a = scoreRubric(radar, profile, marked);
          const b = scoreRubric(without, profile, answers);
          expect(a.percentage).toBe(b.percentage);
          expect(a.domains).toEqual(b.domains);
        },
      ),
      runs,
    );
  });
});
