import { browser } from 'wxt/browser';
import type { PaperReply } from '@/core/messages';
import type { ViewerPaperRequest } from '@/core/pdf/viewer-messages';

/**
 * Reads the paper shown in a tab: by asking our PDF viewer page when the
 * tab shows it, else by injecting the paper reader into the tab. Resolves
 * to null where no script may run (the browser's own pages, web stores) or
 * the tab is gone: the caller shows "not an article" then.
 */
export async function readTabPaper(tabId: number): Promise<PaperReply | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (tab.url?.startsWith(browser.runtime.getURL('/viewer.html'))) {
      return await askViewer(tabId);
    }
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/paper-reader.js'],
    });
    return (injection?.result as PaperReply | undefined) ?? null;
  } catch {
    return null;
  }
}

async function askViewer(tabId: number): Promise<PaperReply | null> {
  const request: ViewerPaperRequest = {
    type: 'viewer:get-paper',
    targetTabId: tabId,
  };
  const reply = (await browser.runtime.sendMessage(request)) as unknown;
  return (reply as PaperReply | undefined) ?? null;
}
