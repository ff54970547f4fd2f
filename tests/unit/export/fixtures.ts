import { assessmentId } from '../../../core/assessment/create';
import type { Assessment, PaperRecord } from '../../../core/assessment/types';
import { exportAssessment } from '../../../core/export/export-assessment';
import type { AssessmentExport } from '../../../core/export/format-schema';
import { requireRubric } from '../../../core/rubric/registry';

export const XSS = '<img src=x onerror=alert(1)>';
const yes = { kind: 'option', optionId: 'yes' } as const;

/** A paper's record with the given first author, year and DOI. */
export function paper(author: string, year: number, doi: string): PaperRecord {
  return {
    key: `doi:${doi}`,
    aliases: [`url:https://journal.example/${doi}`],
    metadata: {
      title: `Deep learning for <b>lesions</b> by ${author}`,
      authors: [author, 'Second Author'],
      firstAuthor: author,
      year,
      doi,
      pmid: '31234567',
      relatedDois: [],
      issns: ['1234-5678'],
    },
  };
}

/**
 * METRICS, end-to-end deep learning (Cond. 5 yes, others no): yes on items
 * 1-3, unclear on 4, no on 6, a note alone on 5; three quotes, one deleted.
 */
export function metricsAssessment(
  paperRecord = paper('Jane Smith', 2021, '10.1000/xyz123'),
  reviewer = 'Ada Reviewer',
): Assessment {
  return {
    schemaVersion: 1,
    id: assessmentId(paperRecord.key, reviewer, 'metrics'),
    paper: paperRecord,
    reviewer,
    rubric: { id: 'metrics', version: '1.0' },
    profile: { C5: { option: 'yes', updatedAt: 1_700_000_000_100 } },
    items: {
      M01: {
        answer: yes,
        note: 'CLAIM checklist in the supplement',
        updatedAt: 1_700_000_000_200,
      },
      M02: { answer: yes, updatedAt: 1_700_000_000_300 },
      M03: { answer: yes, updatedAt: 1_700_000_000_400 },
      M04: { answer: { kind: 'unclear' }, updatedAt: 1_700_000_000_500 },
      M05: {
        note: '=HYPERLINK("x") check later',
        updatedAt: 1_700_000_000_600,
      },
      M06: {
        answer: { kind: 'option', optionId: 'no' },
        updatedAt: 1_700_000_000_700,
      },
    },
    evidence: {
      e1: {
        id: 'e1',
        itemIds: ['M01'],
        selectors: [
          {
            type: 'TextQuoteSelector',
            exact: XSS,
            prefix: 'we ',
            suffix: ' and',
          },
          { type: 'TextPositionSelector', start: 120, end: 148 },
        ],
        source: {
          url: 'https://journal.example/paper.pdf',
          kind: 'pdf',
          page: 3,
        },
        comment: XSS,
        createdAt: 1_700_000_001_000,
        updatedAt: 1_700_000_001_500,
      },
      e2: {
        id: 'e2',
        itemIds: ['M02', 'M03'],
        selectors: [],
        source: { url: 'https://journal.example/article', kind: 'html' },
        createdAt: 1_700_000_002_000,
        updatedAt: 1_700_000_002_000,
      },
      e3: {
        id: 'e3',
        itemIds: ['M01'],
        selectors: [],
        source: { url: 'https://journal.example/article', kind: 'html' },
        createdAt: 1_700_000_003_000,
        updatedAt: 1_700_000_003_100,
        deleted: true,
      },
    },
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_003_100,
  };
}

/**
 * RADAR, default profile: SD-01 consensus and SD-02 yes (2 + 2 of weight),
 * SD-03 unanswered (1), SD-04 overridden as not applicable (3, left out);
 * CD-01 yes, which with SD-01 opens readiness gate 1 but not gate 2.
 */
export function radarAssessment(): Assessment {
  const at = (n: number) => ({ updatedAt: 1_700_000_000_000 + n });
  return {
    schemaVersion: 1,
    id: assessmentId('doi:10.1000/radar', 'Ada Reviewer', 'radar'),
    paper: paper('Smith, John', 2022, '10.1000/radar'),
    reviewer: 'Ada Reviewer',
    rubric: { id: 'radar', version: requireRubric('radar').version },
    profile: {},
    items: {
      'R-SD-01': {
        answer: { kind: 'option', optionId: 'consensus' },
        ...at(1),
      },
      'R-SD-02': { answer: yes, ...at(2) },
      'R-SD-04': {
        answer: {
          kind: 'not-applicable',
          justification: 'No outcome: a pure segmentation study',
        },
        ...at(3),
      },
      'R-CD-01': { answer: yes, ...at(4) },
    },
    evidence: {},
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_004,
  };
}

export const exportOptions = {
  extensionVersion: '0.1.0',
  now: 1_700_000_100_000,
};

/** An assessment exported and passed through JSON text, as a file holds it. */
export function exported(assessment: Assessment): AssessmentExport {
  const rubric = requireRubric(assessment.rubric.id);
  const doc = exportAssessment(assessment, rubric, exportOptions);
  return JSON.parse(JSON.stringify(doc)) as AssessmentExport;
}
