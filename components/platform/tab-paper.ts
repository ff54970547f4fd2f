import { browser } from 'wxt/browser';
import type { PaperReply } from '@/core/messages';

/**
 * Reads the paper shown in a tab by injecting the paper reader into it.
 * Resolves to null where no script may run (the browser's own pages, web
 * stores) or the tab is gone: the caller shows "not an article" then.
 */
export async function readTabPaper(tabId: number): Promise<PaperReply | null> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/paper-reader.js'],
    });
    return (injection?.result as PaperReply | undefined) ?? null;
  } catch {
    return null;
  }
}
