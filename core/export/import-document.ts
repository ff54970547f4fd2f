/**
 * Turns an export file's content back into stored assessment records. The
 * store merges by id, so importing a record it already holds adds nothing.
 */
import { readStoredAssessment } from '../assessment/migrate';
import {
  ASSESSMENT_SCHEMA_VERSION,
  type Assessment,
  type EvidenceEntry,
  type ItemEntry,
} from '../assessment/types';
import type {
  AssessmentExport,
  EvidenceExport,
  ItemExport,
} from './format-schema';
import { readExportDocument } from './read-export';
import { timestampOf } from './times';

export type ImportResult =
  { ok: true; assessments: Assessment[] } | { ok: false; errors: string[] };

/**
 * Validates an export (single or bundle) and converts it; on any problem
 * nothing is imported. Text fields are data and pass through unchanged.
 */
export function importDocument(json: unknown): ImportResult {
  const read = readExportDocument(json);
  if (!read.ok) return read;
  const assessments: Assessment[] = [];
  const errors: string[] = [];
  read.assessments.forEach((doc, n) => {
    const stored = readStoredAssessment(toAssessment(doc));
    if (stored.ok) assessments.push(stored.assessment);
    else
      errors.push(
        `${read.assessments.length > 1 ? `assessments[${n}]` : '(document)'}: ${stored.error}`,
      );
  });
  return errors.length ? { ok: false, errors } : { ok: true, assessments };
}

/** The stored record an exported assessment stands for. */
export function toAssessment(doc: AssessmentExport): Assessment {
  const updatedAt = timestampOf(doc.updatedAt);
  return {
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    id: doc.id,
    paper: structuredClone(doc.paper),
    reviewer: doc.reviewer.trim(),
    rubric: { id: doc.rubric.id, version: doc.rubric.version },
    profile: Object.fromEntries(
      Object.entries(doc.profile).map(([id, p]) => [
        id,
        { option: p.option, updatedAt: timestampOf(p.updatedAt) },
      ]),
    ),
    items: Object.fromEntries(
      doc.items
        .map((item) => [item.id, itemEntry(item, updatedAt)] as const)
        .filter((pair): pair is [string, ItemEntry] => pair[1] !== null),
    ),
    evidence: Object.fromEntries(
      doc.evidence.map((e) => [e.id, evidenceEntry(e)]),
    ),
    createdAt: timestampOf(doc.createdAt),
    updatedAt,
  };
}

// An item with neither answer, note nor time was never touched: no entry.
// A hand-made file may answer without a time; the record's time stands in.
function itemEntry(item: ItemExport, fallback: number): ItemEntry | null {
  if (!item.answer && item.note === null && item.updatedAt === null) {
    return null;
  }
  const entry: ItemEntry = {
    updatedAt: item.updatedAt ? timestampOf(item.updatedAt) : fallback,
  };
  if (item.answer) entry.answer = structuredClone(item.answer);
  if (item.note !== null) entry.note = item.note;
  return entry;
}

function evidenceEntry(e: EvidenceExport): EvidenceEntry {
  const entry: EvidenceEntry = {
    id: e.id,
    itemIds: [...e.itemIds],
    selectors: structuredClone(e.selectors),
    source: { url: e.source.url, kind: e.source.kind },
    createdAt: timestampOf(e.createdAt),
    updatedAt: timestampOf(e.updatedAt),
  };
  if (e.source.page !== null) entry.source.page = e.source.page;
  if (e.comment !== null) entry.comment = e.comment;
  return entry;
}
