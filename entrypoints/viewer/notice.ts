import { hasText, type DocumentText } from '@/core/pdf';

const notice = () => document.getElementById('viewer-notice') as HTMLElement;

/** Shows a sentence under the toolbar (loading errors, hints). */
export function showNotice(text: string): void {
  notice().textContent = text;
  notice().hidden = false;
}

export function hideNotice(): void {
  notice().hidden = true;
}

/** Shows why the PDF cannot open; the page never stays blank and silent. */
export function showFailure(message: string): void {
  showNotice(message);
  document.body.dataset.state = 'error';
}

/** Tells the reviewer when a PDF is a scan: nothing to select there. */
export function showTextLayerNotice(doc: DocumentText): void {
  document.body.dataset.text = hasText(doc) ? 'yes' : 'none';
  if (!hasText(doc)) {
    showNotice(
      'This PDF has no text layer (it is a scanned image), so passages cannot be selected or highlighted. You can still score it, and add page notes as evidence from the panel: “Add selection to this item” offers one.',
    );
  }
}
