/**
 * The per-item part of an export: every item of the rubric, in rubric order,
 * with its answer, what it earns and whether it counts.
 */
import type { Assessment } from '../assessment/types';
import { chosenOptionIds, earnedValue } from '../rubric/item-value';
import { itemApplies } from '../rubric/profile';
import { isOverride } from '../rubric/tally';
import type {
  Item,
  ItemAnswers,
  ProfileAnswers,
  Rubric,
} from '../rubric/types';
import type { ItemExport } from './format-schema';
import { isoTime } from './times';

/**
 * Exports the items of a rubric for an assessment. `profile` is the resolved
 * profile of the score report, so applicability matches the scores.
 */
export function exportItems(
  assessment: Assessment,
  rubric: Rubric,
  profile: ProfileAnswers,
  answers: ItemAnswers,
): ItemExport[] {
  return rubric.items.map((item) => {
    const entry = assessment.items[item.id];
    const because = notApplicableBecause(item, profile, answers);
    return {
      id: item.id,
      number: item.number,
      label: item.label,
      domain: item.domain,
      answer: entry?.answer ?? null,
      credit: because ? null : creditOf(rubric, item, answers),
      points: because ? null : earnedValue(rubric, item, answers[item.id]),
      applies: because === null,
      notApplicableBecause: because,
      note: entry?.note ?? null,
      evidenceIds: evidenceIdsOf(assessment, item.id),
      updatedAt: entry ? isoTime(entry.updatedAt) : null,
    };
  });
}

function notApplicableBecause(
  item: Item,
  profile: ProfileAnswers,
  answers: ItemAnswers,
): 'profile' | 'reviewer' | null {
  if (!itemApplies(item, profile)) return 'profile';
  return isOverride(item, answers) ? 'reviewer' : null;
}

// Credit exists only in weighted rubrics, where one option is chosen.
function creditOf(rubric: Rubric, item: Item, answers: ItemAnswers) {
  if (rubric.scoring !== 'weighted') return null;
  const [id] = chosenOptionIds(item, answers[item.id]);
  const option = item.options.find((o) => o.id === id);
  return option ? (option.credit ?? 0) : 0;
}

function evidenceIdsOf(assessment: Assessment, itemId: string): string[] {
  return Object.values(assessment.evidence)
    .filter((e) => !e.deleted && e.itemIds.includes(itemId))
    .map((e) => e.id);
}
