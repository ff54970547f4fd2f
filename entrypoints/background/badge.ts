import { browser } from 'wxt/browser';
import type { PageStatusMessage } from '@/core/messages';

const ARTICLE_BADGE = { text: '•', color: '#2f6fb0' };

/** Marks the toolbar button of a tab that holds an article. */
export async function showPageStatus(
  tabId: number,
  status: PageStatusMessage,
): Promise<void> {
  const text = status.isArticle ? ARTICLE_BADGE.text : '';
  await browser.action.setBadgeText({ tabId, text });
  if (status.isArticle) {
    await browser.action.setBadgeBackgroundColor({
      tabId,
      color: ARTICLE_BADGE.color,
    });
  }
}
