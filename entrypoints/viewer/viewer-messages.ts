import { browser } from 'wxt/browser';
import type { AddressedEvidenceRequest } from '@/core/evidence-protocol';
import type { PaperReply } from '@/core/messages';
import { isViewerPaperRequest } from '@/core/pdf';
import type { EvidenceSession } from './evidence-session';

/** What the open PDF offers to the panel; null while none is open. */
export interface OpenPaper {
  evidence: EvidenceSession;
  paper(): Promise<PaperReply>;
}

const EVIDENCE_TYPES = [
  'evidence:capture',
  'evidence:show',
  'evidence:scroll-to',
];

/**
 * Answers runtime messages addressed to this tab: `viewer:get-paper` and
 * the evidence requests. Every extension page receives every runtime
 * message, so anything addressed to another tab is left unanswered.
 */
export async function listenForPanel(
  current: () => OpenPaper | null,
): Promise<void> {
  const tabId = (await browser.tabs.getCurrent())?.id;
  browser.runtime.onMessage.addListener((message: unknown) => {
    const open = current();
    if (isViewerPaperRequest(message, tabId)) {
      return open ? open.paper() : Promise.resolve(null);
    }
    const request = message as AddressedEvidenceRequest | null;
    if (!request || request.targetTabId !== tabId) return undefined;
    if (!EVIDENCE_TYPES.includes(request.type)) return undefined;
    return Promise.resolve(
      open ? answer(open.evidence, request) : notOpen(request),
    );
  });
}

function answer(evidence: EvidenceSession, request: AddressedEvidenceRequest) {
  switch (request.type) {
    case 'evidence:capture':
      return evidence.capture();
    case 'evidence:show':
      return evidence.show(request.quotes);
    case 'evidence:scroll-to':
      return evidence.scrollTo(request.id);
  }
}

/** The reply of each request while no PDF is open (or it failed to). */
function notOpen(request: AddressedEvidenceRequest) {
  if (request.type === 'evidence:show') return [];
  if (request.type === 'evidence:scroll-to') return false;
  return { ok: false, reason: 'no-selection', message: 'No PDF is open.' };
}
