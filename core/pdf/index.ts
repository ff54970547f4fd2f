export {
  assembleDocumentText,
  hasText,
  pageAt,
  type DocumentText,
  type PageSpan,
  type PdfTextItem,
} from './document-text';
export { itemPieces, offsetOfItemPoint, type ItemPiece } from './text-pieces';
export { firstPageHeading, type SizedTextItem } from './first-page-heading';
export { leadDois } from './lead-doi';
export { pdfMetadata, type PdfFacts } from './pdf-metadata';
export { pdfIdentity } from './pdf-identity';
export {
  adoptStoredKey,
  findStoredPaper,
  type StoredPaperMatch,
} from './stored-paper';
export {
  extractDocumentText,
  readPageItems,
  TEXT_LAYER_OPTIONS,
  type PdfTextSource,
} from './extract-text';
