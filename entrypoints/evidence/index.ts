import { browser } from 'wxt/browser';
import { PAGE_CHANGED } from '@/components/evidence/evidence-messages';
import { createPageLayer, isEvidenceRequest } from './page-layer';

// executeScript runs the script again on every injection; the isolated
// world keeps this mark, so the layer and its listener exist only once.
const INSTALLED = Symbol.for('radar-reviewer.evidence-layer');

/**
 * Injected on demand into an article tab (scripting.executeScript): shows
 * the evidence quotes of the open assessment and captures new ones, by the
 * requests of `core/evidence-protocol.ts`.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<symbol, boolean>;
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  const layer = createPageLayer(document, () => {
    // No panel open: nobody to tell, and nothing to do.
    void browser.runtime.sendMessage(PAGE_CHANGED).catch(() => undefined);
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isEvidenceRequest(message)) return undefined;
    return Promise.resolve(layer.handle(message));
  });
});
