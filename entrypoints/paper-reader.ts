import {
  looksLikeArticle,
  paperIdentity,
  readPaperMetadata,
} from '@/core/metadata';
import type { PaperReply } from '@/core/messages';

/**
 * Injected on demand into a tab (scripting.executeScript): reads the paper's
 * metadata and identity. The value of `main` is what executeScript returns.
 */
export default defineUnlistedScript((): PaperReply => {
  const metadata = readPaperMetadata(document, location.href);
  return {
    isArticle: looksLikeArticle(document),
    metadata,
    identity: paperIdentity(metadata),
  };
});
