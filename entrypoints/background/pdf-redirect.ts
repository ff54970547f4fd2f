import { browser } from 'wxt/browser';
import {
  PDF_REDIRECT_RULE_ID,
  pdfRedirectRule,
  siteOf,
  viewerAddress,
} from '@/core/pdf';
import { nativeOnceItem, nativeSitesItem } from '../viewer/native-sites';

const LOCAL_PDF = /^file:\/\/.*\.pdf$/i;

/**
 * Opens PDFs in the extension's viewer: web responses served as
 * `application/pdf` through a declarativeNetRequest redirect (it also
 * catches PDFs whose address does not end in .pdf, and never lets the
 * browser's viewer start), local `file:` PDFs when their tab loads (no
 * network request there for a rule to match). `openPdfInViewer` catches
 * what the rule missed, reported by the content script.
 */
export function registerPdfRedirect(): void {
  void updateRedirectRule();
  nativeSitesItem.watch(() => void updateRedirectRule());
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url && LOCAL_PDF.test(change.url.split(/[?#]/)[0]!)) {
      void openLocalPdf(tabId, change.url);
    }
  });
}

async function updateRedirectRule(): Promise<void> {
  const viewerPage = browser.runtime.getURL('/viewer.html');
  const rule = pdfRedirectRule(viewerPage, await nativeSitesItem.getValue());
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: [PDF_REDIRECT_RULE_ID],
    addRules: [rule as Browser.declarativeNetRequest.Rule],
  });
}

async function openLocalPdf(tabId: number, url: string): Promise<void> {
  // The reviewer asked for the browser's viewer for this one visit.
  const once = await nativeOnceItem.getValue();
  if (once[tabId] === url) return;
  const viewerPage = browser.runtime.getURL('/viewer.html');
  await browser.tabs.update(tabId, { url: viewerAddress(viewerPage, url) });
}

/**
 * Moves a PDF that the browser's own viewer shows into ours: the redirect
 * rule is registered as the worker starts, so a PDF opened in the first
 * moments after the extension is installed, or one the rule cannot see,
 * gets there. Sites the reviewer keeps in the browser's viewer stay there,
 * and local files are left to the tab listener, which saw them first.
 */
export async function openPdfInViewer(tabId: number, url: string) {
  if (LOCAL_PDF.test(url.split(/[?#]/)[0]!)) return; // tabs.onUpdated's job
  const nativeSites = await nativeSitesItem.getValue();
  if (nativeSites.includes(siteOf(url))) return;
  await openLocalPdf(tabId, url);
}
