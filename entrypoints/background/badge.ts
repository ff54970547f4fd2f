import { browser } from 'wxt/browser';
import { samePaper } from '@/core/metadata/identity';
import type { PaperIdentity } from '@/core/metadata/types';
import { loadAllAssessments } from '@/components/platform/assessment-store';

const BADGES = {
  article: { text: '•', color: '#2f6fb0', title: 'Article: not scored yet' },
  scored: { text: '✓', color: '#1e7b46', title: 'Article: already scored' },
};

/**
 * Marks a tab's toolbar button: a dot for an article, a tick once the
 * paper has an assessment, nothing for other pages.
 */
export async function showPaperBadge(
  tabId: number,
  identity: PaperIdentity | null,
): Promise<void> {
  if (!identity) {
    await browser.action.setBadgeText({ tabId, text: '' });
    return;
  }
  const scored = await isScored(identity);
  const badge = scored ? BADGES.scored : BADGES.article;
  await browser.action.setBadgeText({ tabId, text: badge.text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  await browser.action.setTitle({ tabId, title: badge.title });
}

async function isScored(identity: PaperIdentity): Promise<boolean> {
  const assessments = await loadAllAssessments();
  return assessments.some((a) => samePaper(identity, a.paper));
}
