import { effect, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type {
  EvidencePort,
  ReplyTo,
} from '@/components/evidence/evidence-port';
import {
  ADD_SELECTION_SHORTCUT,
  PAGE_CHANGED,
  isEvidenceMessage,
} from '@/components/evidence/evidence-messages';
import type {
  AddressedEvidenceRequest,
  EvidenceRequest,
} from '@/core/evidence-protocol';
import { quotesToShow } from '@/components/evidence/quotes-to-show';
import { assessmentId } from '@/core/assessment/create';
import { getRubric } from '@/core/rubric/registry';
import { loadAssessment } from './assessment-store';
import { settingsItem } from './settings';
import { watchTargetTab } from './watched-tab';

/**
 * Sends an evidence request to the page shown in a tab. Our PDF viewer page
 * listens to runtime messages addressed to its tab; an article tab gets
 * the evidence layer injected on first use, then a tab message.
 */
export async function sendEvidenceRequest<R extends EvidenceRequest>(
  tabId: number,
  request: R,
): Promise<ReplyTo<R>> {
  const tab = await browser.tabs.get(tabId);
  if (isViewer(tab.url)) {
    const addressed: AddressedEvidenceRequest = {
      ...request,
      targetTabId: tabId,
    };
    return browser.runtime.sendMessage(addressed) as Promise<ReplyTo<R>>;
  }
  try {
    return (await browser.tabs.sendMessage(tabId, request)) as ReplyTo<R>;
  } catch {
    // Nothing listens yet: the layer was never injected, or the page
    // navigated since and took it along.
    await injectEvidenceLayer(tabId);
    return (await browser.tabs.sendMessage(tabId, request)) as ReplyTo<R>;
  }
}

/** Injects the evidence layer; a second injection is a no-op. */
export async function injectEvidenceLayer(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    files: ['/evidence.js'],
  });
}

/** Whether a tab's address is our PDF viewer page. */
function isViewer(url: string | undefined): boolean {
  return url?.startsWith(browser.runtime.getURL('/viewer.html')) ?? false;
}

/** The panel's evidence port, following the same tab as the panel. */
export function createEvidencePort(): EvidencePort {
  const target = watchTargetTab();
  const lateQuotes = signal(0);
  browser.runtime.onMessage.addListener((message, sender) => {
    const fromTarget = sender.tab?.id === target.tabId.value;
    if (fromTarget && isEvidenceMessage(message, PAGE_CHANGED)) {
      lateQuotes.value++;
    }
  });
  // Another tab, a new page in it, or late text: show the quotes again.
  const pageRevision = signal(0);
  effect(() => {
    void [target.tabId.value, target.revision.value, lateQuotes.value];
    pageRevision.value = pageRevision.peek() + 1;
  });
  // Unknown while the tab is read; a reply for a tab left since is dropped.
  const pageKind = signal<'html' | 'pdf' | undefined>(undefined);
  effect(() => {
    const tabId = target.tabId.value;
    void target.revision.value;
    pageKind.value = undefined;
    if (tabId === undefined) return;
    browser.tabs.get(tabId).then(
      (tab) => {
        if (target.tabId.peek() !== tabId) return;
        pageKind.value = isViewer(tab.url) ? 'pdf' : 'html';
      },
      () => undefined,
    );
  });
  return {
    request(request) {
      const tabId = target.tabId.value;
      if (tabId === undefined) return Promise.reject(new Error('No tab'));
      return sendEvidenceRequest(tabId, request);
    },
    pageRevision,
    pageKind,
    onAddShortcut(callback) {
      const listener = (message: unknown) => {
        if (isEvidenceMessage(message, ADD_SELECTION_SHORTCUT)) callback();
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
  };
}

/**
 * Shows the stored quotes of a tab's paper (the current reviewer's record
 * with their rubric), injecting the evidence layer only when there are
 * quotes to show: pages without evidence never get it.
 */
export async function showStoredEvidence(
  tabId: number,
  paperKey: string,
): Promise<void> {
  const settings = await settingsItem.getValue();
  const rubric = getRubric(settings.rubricId);
  if (!settings.reviewer || !rubric) return;
  const id = assessmentId(paperKey, settings.reviewer, rubric.id);
  const assessment = await loadAssessment(id);
  const quotes = assessment ? quotesToShow(assessment, rubric) : [];
  if (quotes.length === 0) return;
  await sendEvidenceRequest(tabId, { type: 'evidence:show', quotes });
}
