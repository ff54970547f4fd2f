import { browser } from 'wxt/browser';
import { looksLikeArticle } from '@/core/metadata/looks-like-article';
import type { PageStatusMessage } from '@/core/messages';

/**
 * Runs on every page, so it only does cheap work: a few selector queries
 * tell the background whether the page looks like a scholarly article. The
 * full metadata reader (`paper-reader`) is injected only into article pages
 * and into the tab the panel looks at, to keep this script small.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    const status: PageStatusMessage = {
      type: 'page-status',
      isArticle: looksLikeArticle(document),
      isPdf: document.contentType === 'application/pdf',
      url: location.href,
    };
    void browser.runtime.sendMessage(status).catch(() => undefined);
  },
});
