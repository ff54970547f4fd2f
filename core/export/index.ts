/** Public face of the exports: the JSON format, its import, and the tables. */
export {
  ASSESSMENT_FORMAT,
  BUNDLE_FORMAT,
  FORMAT_VERSION,
  assessmentExportSchema,
  bundleSchema,
  exportDocumentSchema,
  type AssessmentExport,
  type BundleExport,
  type EvidenceExport,
  type ItemExport,
} from './format-schema';
export {
  EXTENSION_NAME,
  exportAssessment,
  exportBundle,
  type ExportOptions,
} from './export-assessment';
export { readExportDocument, type ReadExportResult } from './read-export';
export {
  importDocument,
  toAssessment,
  type ImportResult,
} from './import-document';
export { exportJsonSchema, exportJsonSchemaText } from './json-schema';
export { wideTable } from './wide-table';
export { longTable, answerCell } from './long-table';
export {
  robvisTable,
  robvisLegend,
  judgementOf,
  studyLabels,
  type Judgement,
} from './robvis-table';
export type { TableResult } from './csv';
export { pageNoteText } from './evidence-text';
