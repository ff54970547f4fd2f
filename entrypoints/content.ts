import { browser } from 'wxt/browser';
import type { PageStatusMessage } from '@/core/messages';

/**
 * Runs on every page, so it only does cheap work: it tells the background
 * whether this page looks like a scholarly article. Anything heavier
 * (metadata parsing, anchoring evidence) loads on demand.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    const status: PageStatusMessage = {
      type: 'page-status',
      isArticle: hasScholarlyMetadata(document),
      url: location.href,
    };
    void browser.runtime.sendMessage(status);
  },
});

// TODO: replace with core/metadata's looksLikeArticle once it lands.
function hasScholarlyMetadata(doc: Document): boolean {
  return (
    doc.querySelector(
      'meta[name="citation_title"], meta[name="dc.title" i], ' +
        'meta[name="prism.doi" i], meta[name="citation_doi"]',
    ) !== null
  );
}
