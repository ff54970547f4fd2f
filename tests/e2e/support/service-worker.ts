/// <reference types="chrome" />
import type { Worker } from 'playwright-core';

/** The badge text of the focused window's active tab, read in the worker. */
export function activeTabBadge(serviceWorker: Worker): Promise<string> {
  return serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({
      active: true,
      lastFocusedWindow: true,
    });
    return chrome.action.getBadgeText({ tabId: tab?.id });
  });
}
