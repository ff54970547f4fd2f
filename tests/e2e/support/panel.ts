/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/** The id of the focused window's active tab, asked of the service worker. */
export function activeTabId(browser: ExtensionBrowser): Promise<number> {
  return browser.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({
      active: true,
      lastFocusedWindow: true,
    });
    return tab!.id!;
  });
}

/**
 * Opens the side panel page in a tab of its own, watching the given tab as
 * the real side panel watches the active one.
 */
export async function openPanelFor(
  browser: ExtensionBrowser,
  tabId: number,
): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 420, height: 1000 });
  await panel.goto(browser.extensionUrl(`sidepanel.html?tabId=${tabId}`));
  return panel;
}
