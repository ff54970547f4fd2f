import { describeQuote } from '../anchoring/describe-quote';
import type { CaptureReply } from '../evidence-protocol';
import { hasText, pageAt, type DocumentText } from './document-text';

/**
 * Describes the reader's selection `[start, end)` of a PDF's whole text as
 * a quote, its source the PDF's address and the page where it starts. White
 * space taken along at either end is dropped. A PDF without text (a scan)
 * answers `no-text-layer`, so the panel can offer a page note instead.
 */
export function capturePdfQuote(
  doc: DocumentText,
  url: string,
  selection: { start: number; end: number } | null,
): CaptureReply {
  if (!hasText(doc)) {
    return {
      ok: false,
      reason: 'no-text-layer',
      message:
        'This PDF has no text layer (it is a scan), so passages cannot be selected or highlighted. Add a page note instead.',
    };
  }
  let { start, end } = selection ?? { start: 0, end: 0 };
  while (start < end && /\s/.test(doc.text[start]!)) start++;
  while (end > start && /\s/.test(doc.text[end - 1]!)) end--;
  if (end <= start) {
    return {
      ok: false,
      reason: 'no-selection',
      message: 'Select a passage of the PDF first.',
    };
  }
  const { quote, position } = describeQuote(doc.text, start, end);
  const page = pageAt(doc, start);
  return {
    ok: true,
    quote: { selectors: [quote, position], source: { url, kind: 'pdf', page } },
  };
}
