/**
 * One line of the library: what the dashboard table shows of an assessment
 * and what its filters search.
 */
import { yearOf } from '@/components/common/paper-text';
import {
  firstAuthorOf,
  paperUrl,
  titleOf,
} from '@/components/report/paper-text';
import { itemAnswersOf, profileAnswersOf } from '@/core/assessment/answers';
import type { Assessment } from '@/core/assessment/types';
import { getRubric, scoreRubric } from '@/core/rubric';
import type { ScoreReport } from '@/core/rubric/types';

export interface LibraryRow {
  assessment: Assessment;
  title: string;
  firstAuthor: string;
  year: string;
  rubricLabel: string;
  /** Undefined when the rubric is not built in (nothing to score with). */
  scores?: ScoreReport;
  url?: string;
}

/** The row of an assessment, scored with its built-in rubric. */
export function libraryRow(assessment: Assessment): LibraryRow {
  const { paper } = assessment;
  const rubric = getRubric(assessment.rubric.id);
  return {
    assessment,
    title: titleOf(paper),
    firstAuthor: firstAuthorOf(paper) ?? '',
    year: String(yearOf(paper.metadata) ?? ''),
    rubricLabel: rubric?.label ?? assessment.rubric.id,
    scores: rubric
      ? scoreRubric(
          rubric,
          profileAnswersOf(assessment),
          itemAnswersOf(assessment),
        )
      : undefined,
    url: paperUrl(paper),
  };
}

export interface LibraryFilter {
  /** A rubric id, or '' for every rubric. */
  rubricId: string;
  text: string;
}

/** Whether a row passes the rubric filter and contains every search word. */
export function rowMatches(row: LibraryRow, filter: LibraryFilter): boolean {
  if (filter.rubricId && row.assessment.rubric.id !== filter.rubricId) {
    return false;
  }
  const haystack = [
    row.title,
    row.firstAuthor,
    row.year,
    row.assessment.reviewer,
    row.assessment.paper.metadata.journal ?? '',
    row.assessment.paper.key,
  ]
    .join(' ')
    .toLowerCase();
  return filter.text
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}
