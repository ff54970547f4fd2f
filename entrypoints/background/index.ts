import { browser } from 'wxt/browser';
import { isRuntimeMessage } from '@/core/messages';
import { showPageStatus } from './badge';

/**
 * The background service worker: opens the reviewer's panel from the toolbar
 * button and keeps each tab's badge in step with what its content script saw.
 */
export default defineBackground(() => {
  openPanelFromToolbar();
  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    if (isRuntimeMessage(message, 'page-status')) {
      void showPageStatus(tabId, message);
    }
  });
});

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
