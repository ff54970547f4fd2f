import { effect, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type {
  PanelPlatform,
  PaperContext,
} from '@/components/sidepanel/platform';
import {
  loadAllAssessments,
  loadAssessment,
  saveAssessment,
  watchAssessment,
  writeAssessmentNow,
} from './assessment-store';
import { settingsItem } from './settings';
import { readTabPaper } from './tab-paper';
import { watchTargetTab } from './watched-tab';

/** The side panel's view of the browser: the tab's paper, storage, time. */
export function createPanelPlatform(): PanelPlatform {
  const paper = signal<PaperContext>({ state: 'loading' });
  const target = watchTargetTab();
  effect(() => {
    const tabId = target.tabId.value;
    void target.revision.value; // re-read after the tab navigates
    if (tabId === undefined) return;
    void readTabPaper(tabId).then((reply) => {
      if (tabId !== target.tabId.value) return; // the reviewer moved on
      paper.value = reply?.isArticle
        ? {
            state: 'article',
            metadata: reply.metadata,
            identity: reply.identity,
          }
        : { state: 'not-article', url: reply?.metadata.pageUrl };
    });
  });
  return {
    paper,
    loadAssessment,
    loadAllAssessments,
    saveAssessment,
    writeAssessmentNow,
    watchAssessment,
    loadSettings: () => settingsItem.getValue(),
    saveSettings: (settings) => settingsItem.setValue(settings),
    now: () => Date.now(),
    extensionVersion: browser.runtime.getManifest().version,
  };
}
