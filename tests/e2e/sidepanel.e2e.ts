import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { serveCorpus, type CorpusServer } from './support/corpus-server';
import { activeTabId, openPanelFor } from './support/panel';
import { activeTabBadge } from './support/service-worker';
import { artifactsDir } from './support/paths';

const ARTICLE = 'deep-review-2021-12-28.html';

// RADAR draft, default profile (every flag "no"): items that need MULTI,
// SEG, AUTO, HC, TAB, E2E, PROB or PRO drop out, 16 of the catalogue's 81
// points, leaving 65. SD-01 "consensus" (credit 1 x 2 points) + SD-02 "yes"
// (1 x 2) + SD-04 "yes" (1 x 3) = 7 points; 7 / 65 = 10.77 -> 10.8 %.
const EXPECTED_TOTAL = '10.8 %';

describe('scoring a corpus article in the side panel', () => {
  let corpus: CorpusServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    corpus = await serveCorpus();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await corpus?.close();
  });

  async function openArticleAndPanel(): Promise<{
    panel: Page;
    tabId: number;
  }> {
    const article = await browser.context.newPage();
    await article.goto(corpus.url(ARTICLE), { waitUntil: 'domcontentloaded' });
    const tabId = await activeTabId(browser);
    return { panel: await openPanelFor(browser, tabId), tabId };
  }

  it('shows the title and first author read from the page', async () => {
    const { panel } = await openArticleAndPanel();
    await expect
      .poll(() => panel.locator('h1').textContent())
      .toBe(
        'Opportunities and obstacles for deep learning in biology and ' +
          'medicine [update in progress]',
      );
    // citation_author tags of the 2021 build list Brock C. Christensen first.
    expect(await panel.textContent('body')).toContain(
      'Brock C. Christensen et al.',
    );
  });

  it('answers items by keyboard and totals them as worked out by hand', async () => {
    const { panel } = await openArticleAndPanel();
    await panel.locator('#reviewer-name-prompt').fill('Ada Reviewer');
    await panel.keyboard.press('Enter');
    const first = panel.locator('fieldset[data-item-id="R-SD-01"] input');
    await first.first().focus();
    // 3rd option of SD-01, next item, 2nd option of SD-02 ("yes"), skip
    // SD-03, 2nd option of SD-04 ("yes").
    for (const key of ['3', 'j', '2', 'j', 'j', '2']) {
      await panel.keyboard.press(key);
    }
    await expect
      .poll(() => panel.getByTestId('total').textContent())
      .toBe(EXPECTED_TOTAL);
    await panel.screenshot({
      path: join(artifactsDir, 'sidepanel-scored.png'),
    });
  });

  it('marks the article tab as scored once an assessment is saved', async () => {
    const article = await browser.context.newPage();
    await article.goto(corpus.url(ARTICLE), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => activeTabBadge(browser.serviceWorker)).toBe('✓');
  });

  it('keeps two panels on the same paper in step', async () => {
    const { panel: left, tabId } = await openArticleAndPanel();
    const right = await openPanelFor(browser, tabId);
    const cd01 = 'fieldset[data-item-id="R-CD-01"]';
    const cd02 = 'fieldset[data-item-id="R-CD-02"]';
    await left
      .locator(cd01)
      .getByRole('radio', { name: 'Yes', exact: true })
      .check();
    await right
      .locator(cd02)
      .getByRole('radio', { name: 'Yes', exact: true })
      .check();
    // Both edits survive in both panels: 7 + 3 (CD-01) + 2 (CD-02) = 12
    // points of 65 = 18.46 -> 18.5 %.
    for (const panel of [left, right]) {
      await expect
        .poll(() => panel.getByTestId('total').textContent())
        .toBe('18.5 %');
    }
    // Back to the three answers of the hand-worked total for what follows.
    await left.locator(cd01).getByRole('radio', { name: 'No/unclear' }).check();
    await left
      .locator(cd02)
      .getByRole('radio', { name: 'No', exact: true })
      .check();
    await expect
      .poll(() => right.getByTestId('total').textContent())
      .toBe(EXPECTED_TOTAL);
  });

  it('keeps the item in focus clear of the sticky results bar', async () => {
    const { panel } = await openArticleAndPanel();
    await panel
      .locator('fieldset[data-item-id="R-OS-03"] input')
      .first()
      .focus();
    // Each step up lands on an item above the top of the view: the browser
    // scrolls it to the top edge, where the sticky bar would cover it.
    for (let step = 0; step < 8; step++) {
      await panel.keyboard.press('k');
      const overlap = await panel.evaluate(() => {
        const bar = document.querySelector('.results')!;
        const focused = document.activeElement!.closest('fieldset')!;
        return (
          bar.getBoundingClientRect().bottom -
          focused.getBoundingClientRect().top
        );
      });
      expect(overlap).toBeLessThanOrEqual(0);
    }
  });

  it('keeps a note typed just before the panel reloads', async () => {
    const { panel } = await openArticleAndPanel();
    const note = panel
      .locator('fieldset[data-item-id="R-SD-03"]')
      .getByLabel('Note', { exact: true });
    await note.fill('No sample size calculation in the methods.');
    await panel.reload(); // well inside the typing delay
    await expect
      .poll(() => note.inputValue())
      .toBe('No sample size calculation in the methods.');
  });

  it('finds the answers again after a browser restart', async () => {
    await browser.close({ keepProfile: true });
    browser = await launchWithExtension(browser.profileDir);
    const { panel } = await openArticleAndPanel();
    await expect
      .poll(() => panel.getByTestId('total').textContent())
      .toBe(EXPECTED_TOTAL);
    const sd04 = panel.locator('fieldset[data-item-id="R-SD-04"]');
    expect(
      await sd04.getByRole('radio', { name: 'Yes', exact: true }).isChecked(),
    ).toBe(true);
  });
});
