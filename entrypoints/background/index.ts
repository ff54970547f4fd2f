import { browser } from 'wxt/browser';
import { isRuntimeMessage } from '@/core/messages';
import type { PaperIdentity } from '@/core/metadata/types';
import { showStoredEvidence } from '@/components/platform/evidence-bridge';
import { readTabPaper } from '@/components/platform/tab-paper';
import { showPaperBadge } from './badge';
import { registerEvidenceCommand } from './commands';
import { registerEvidenceMenu } from './context-menu';
import { openPdfInViewer, registerPdfRedirect } from './pdf-redirect';

/**
 * The background service worker: opens the reviewer's panel from the toolbar
 * button and keeps each tab's badge in step with the paper it shows.
 */
export default defineBackground(() => {
  openPanelFromToolbar();
  // A startup listener makes Chrome wake the worker when the browser starts,
  // so badges and the toolbar button work before any page sends a message.
  browser.runtime.onStartup.addListener(openPanelFromToolbar);
  registerEvidenceMenu();
  registerEvidenceCommand();
  registerPdfRedirect();
  // Papers of open tabs, to refresh their badges when an assessment is
  // saved. Lost when the worker sleeps; the next page visit refills it.
  const tabPapers = new Map<number, PaperIdentity>();

  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !isRuntimeMessage(message, 'page-status')) {
      return;
    }
    if (message.isPdf) void openPdfInViewer(tabId, message.url);
    else void badgeTab(tabId, message.isArticle, tabPapers);
  });
  browser.tabs.onRemoved.addListener((tabId) => tabPapers.delete(tabId));
  browser.storage.local.onChanged.addListener((changes) => {
    if (!Object.keys(changes).some((key) => key.startsWith('assessment:'))) {
      return;
    }
    for (const [tabId, identity] of tabPapers) {
      void showPaperBadge(tabId, identity);
    }
  });
});

async function badgeTab(
  tabId: number,
  isArticle: boolean,
  tabPapers: Map<number, PaperIdentity>,
): Promise<void> {
  const paper = isArticle ? await readTabPaper(tabId) : null;
  if (paper) tabPapers.set(tabId, paper.identity);
  else tabPapers.delete(tabId);
  // A page with stored quotes shows them without waiting for the panel.
  if (paper) void showStoredEvidence(tabId, paper.identity.key).catch(() => {});
  await showPaperBadge(tabId, paper?.identity ?? null);
}

function openPanelFromToolbar(): void {
  // Chrome has a side panel; Firefox shows the same page as a sidebar, which
  // the toolbar button must toggle itself.
  if (browser.sidePanel) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
  // Firefox's Manifest V2 build names the toolbar button browserAction.
  const button = browser.action ?? browser.browserAction;
  button.onClicked.addListener(() => void sidebar?.toggle());
}

interface FirefoxSidebar {
  sidebarAction?: { toggle(): Promise<void> };
}
