import { browser, type Browser } from 'wxt/browser';
import { addCapture } from '@/components/evidence/evidence-edits';
import { quotesToShow } from '@/components/evidence/quotes-to-show';
import {
  loadAssessment,
  saveAssessment,
} from '@/components/platform/assessment-store';
import { sendEvidenceRequest } from '@/components/platform/evidence-bridge';
import { settingsItem } from '@/components/platform/settings';
import { readTabPaper } from '@/components/platform/tab-paper';
import { assessmentId, createAssessment } from '@/core/assessment/create';
import { getRubric, listRubrics } from '@/core/rubric/registry';
import type { Rubric } from '@/core/rubric/types';

const ROOT = 'radar-evidence';
const ITEM = 'radar-item:';
const ON_SELECTION: ['selection'] = ['selection'];

/**
 * The "Add selection to RADAR item" menu on selected text: one submenu per
 * domain of the reviewer's rubric, listing its items. It is rebuilt when
 * the reviewer switches rubric.
 */
export function registerEvidenceMenu(): void {
  browser.runtime.onInstalled.addListener(() => void buildMenu());
  settingsItem.watch(() => void buildMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const id = String(info.menuItemId);
    if (!id.startsWith(ITEM) || tab?.id === undefined) return;
    void saveSelectionToItem(tab.id, id.slice(ITEM.length));
  });
}

async function buildMenu(): Promise<void> {
  const rubric = await reviewerRubric();
  await browser.contextMenus.removeAll();
  const menu = (props: Browser.contextMenus.CreateProperties) =>
    browser.contextMenus.create({ contexts: ON_SELECTION, ...props });
  menu({ id: ROOT, title: 'Add selection to RADAR item' });
  for (const domain of rubric.domains) {
    const domainId = `radar-domain:${domain.id}`;
    menu({ id: domainId, parentId: ROOT, title: domain.label });
    for (const item of rubric.items.filter((i) => i.domain === domain.id)) {
      const title = `${item.number} ${item.label}`;
      menu({ id: ITEM + item.id, parentId: domainId, title });
    }
  }
}

/**
 * Captures the tab's selection and adds it to an item of the reviewer's
 * assessment of the tab's paper, then shows the quotes in the tab.
 *
 * Without a reviewer name, or on a page that is not an article (a paper
 * the panel started by hand), the selection is not saved: the background
 * has no place to ask the reviewer. The panel's button covers those cases.
 */
export async function saveSelectionToItem(
  tabId: number,
  itemId: string,
): Promise<void> {
  const settings = await settingsItem.getValue();
  const rubric = await reviewerRubric();
  const paper = await readTabPaper(tabId);
  if (!settings.reviewer || !paper?.isArticle) return;
  const reply = await sendEvidenceRequest(tabId, { type: 'evidence:capture' });
  if (!reply.ok) return;

  const { key, aliases } = paper.identity;
  const now = Date.now();
  const stored = await loadAssessment(
    assessmentId(key, settings.reviewer, rubric.id),
  );
  const base =
    stored ??
    createAssessment({
      paper: { key, aliases, metadata: paper.metadata },
      reviewer: settings.reviewer,
      rubric: { id: rubric.id, version: rubric.version },
      now,
    });
  const newId = () => crypto.randomUUID();
  const saved = await saveAssessment(
    addCapture(base, reply.quote, itemId, now, newId),
  );
  const quotes = quotesToShow(saved, rubric);
  await sendEvidenceRequest(tabId, { type: 'evidence:show', quotes });
}

async function reviewerRubric(): Promise<Rubric> {
  const { rubricId } = await settingsItem.getValue();
  return getRubric(rubricId) ?? listRubrics()[0]!;
}
