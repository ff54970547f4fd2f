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
export {
  fileNameOf,
  pdfAddressOf,
  siteOf,
  viewerAddress,
} from './viewer-address';
export {
  PDF_REDIRECT_RULE_ID,
  pdfRedirectRule,
  type PdfRedirectRule,
} from './redirect-rule';
export {
  isViewerPaperRequest,
  type ViewerPaperRequest,
} from './viewer-messages';
export {
  placePdfQuotes,
  pdfQuoteStatuses,
  type PlacedPdfQuote,
} from './place-quotes';
export { capturePdfQuote } from './capture-quote';
