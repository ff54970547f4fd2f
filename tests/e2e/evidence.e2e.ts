/// <reference types="chrome" />
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { serveCorpus, type CorpusServer } from './support/corpus-server';
import { selectText } from './support/page-text';
import { artifactsDir } from './support/paths';

const ARTICLE = 'deep-review-2021-12-28.html';
// The abstract's first sentence, read from the corpus file.
const PASSAGE =
  'Deep learning describes a class of machine learning algorithms that are capable of combining raw inputs into layers of intermediate features.';
const MISSING = 'Quantum pineapples orbit a lighthouse every second Tuesday.';
const SLOW = { timeout: 30_000 };

describe('evidence quotes on an article page', () => {
  let browser: ExtensionBrowser;
  let corpus: CorpusServer;
  let article: Page;
  let panel: Page;
  let itemId: string;

  beforeAll(async () => {
    corpus = await serveCorpus();
    browser = await launchWithExtension();
    article = await browser.context.newPage();
    await article.goto(corpus.url(ARTICLE), { waitUntil: 'load' });
    const tabId = await tabIdOf(browser, corpus.url(ARTICLE));
    panel = await browser.context.newPage();
    await panel.goto(browser.extensionUrl(`sidepanel.html?tabId=${tabId}`));
    // The prompt the panel shows while no reviewer name is stored.
    const prompt = panel.locator('#reviewer-name-prompt');
    await prompt.fill('Ada Lovelace');
    await prompt.press('Enter');
    const firstItem = panel.locator('fieldset[data-item-id]').first();
    await firstItem.waitFor(SLOW);
    itemId = (await firstItem.getAttribute('data-item-id'))!;
  });
  afterAll(async () => {
    await browser?.close();
    await corpus?.close();
  });

  it('adds the selected passage to an item from the panel', async () => {
    await selectText(article, PASSAGE);
    const item = panel.locator(`fieldset[data-item-id="${itemId}"]`);
    // Every item has this button: its description says which item it is.
    const add = item.getByRole('button', {
      name: 'Add selection to this item',
    });
    const describedBy = await add.getAttribute('aria-describedby');
    expect(await panel.locator(`#${describedBy}`).textContent()).toBe(
      await item.locator('legend').textContent(),
    );
    await item
      .getByRole('button', { name: 'Add selection to this item' })
      .click();
    const quote = item.locator('.evidence-quote');
    await expect.poll(() => quote.textContent(), SLOW).toContain(PASSAGE);
    await expect
      .poll(() => quote.getAttribute('data-state'), SLOW)
      .toBe('anchored');
    expect(await highlightedTexts(article)).toEqual([PASSAGE]);
  });

  it('restores the highlight and the listed quote after a reload', async () => {
    await article.reload({ waitUntil: 'load' });
    await expect.poll(() => highlightedTexts(article), SLOW).toEqual([PASSAGE]);
    const quote = panel.locator(
      `fieldset[data-item-id="${itemId}"] .evidence-quote`,
    );
    await expect
      .poll(() => quote.getAttribute('data-state'), SLOW)
      .toBe('anchored');
    expect(await quote.textContent()).toContain(PASSAGE);
  });

  it('scrolls the article to a quote clicked in the panel', async () => {
    const quote = panel.locator(
      `fieldset[data-item-id="${itemId}"] .evidence-text`,
    );
    expect(await passageInView(article, PASSAGE)).toBe(false);
    await quote.click();
    await expect.poll(() => passageInView(article, PASSAGE), SLOW).toBe(true);

    // Past the flash, with the pointer on the quote: colour and tooltip.
    await article.waitForTimeout(1800);
    await hoverPassage(article, PASSAGE);
    await article.screenshot({
      path: join(artifactsDir, 'evidence-article.png'),
    });
  });

  it('lists a quote the page does not contain as orphaned, with its text', async () => {
    await storeQuote(browser, itemId, MISSING, corpus.url(ARTICLE));
    const orphans = panel.locator('.evidence-orphans');
    await expect.poll(() => orphans.textContent(), SLOW).toContain(MISSING);
    const inItem = panel.locator(`[data-evidence-id="orphan-quote"]`);
    expect(await inItem.getAttribute('data-state')).toBe('orphaned');
    // The quote found before stays highlighted beside the orphan.
    expect(await highlightedTexts(article)).toEqual([PASSAGE]);
    await orphans.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: join(artifactsDir, 'evidence-panel.png') });
  });

  it('shows a quote holding markup as text, never as markup', async () => {
    const markup = '<img src=x onerror=alert(1)> and <b>bold</b>';
    let dialogs = 0;
    panel.on('dialog', () => dialogs++);
    await storeQuote(browser, itemId, markup, corpus.url(ARTICLE));
    const orphans = panel.locator('.evidence-orphans');
    await expect.poll(() => orphans.textContent(), SLOW).toContain(markup);
    expect(await panel.locator('img, b').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});

async function tabIdOf(browser: ExtensionBrowser, url: string) {
  return browser.serviceWorker.evaluate(async (address) => {
    const [tab] = await chrome.tabs.query({ url: address });
    return tab!.id!;
  }, url);
}

/** The text of every range our highlights hold, read in the page. */
function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!/^radar-evidence-\d+$/.test(name)) continue;
      for (const range of highlight) texts.push((range as Range).toString());
    }
    return texts;
  });
}

/** Whether the highlighted passage lies inside the viewport. */
function passageInView(page: Page, text: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    const ranges = [...CSS.highlights].flatMap(([, h]) => [...h]) as Range[];
    const range = ranges.find((r) => r.toString() === wanted);
    const rect = range?.getBoundingClientRect();
    return !!rect && rect.top >= 0 && rect.bottom <= innerHeight;
  }, text);
}

async function hoverPassage(page: Page, text: string) {
  const box = await page.evaluate((wanted) => {
    const [range] = [...CSS.highlights].flatMap(([, h]) => [...h]) as Range[];
    const rect = range!.getClientRects()[0]!;
    return rect && range!.toString() === wanted
      ? { x: rect.x + 20, y: rect.y + 5 }
      : null;
  }, text);
  if (box) await page.mouse.move(box.x, box.y);
  await page.waitForTimeout(300);
}

/** Adds a quote straight into the stored assessment, as an older save would. */
async function storeQuote(
  browser: ExtensionBrowser,
  itemId: string,
  exact: string,
  url: string,
) {
  await browser.serviceWorker.evaluate(
    async ({ itemId, exact, url }) => {
      const all = await chrome.storage.local.get(null);
      const [key, record] = Object.entries(all).find(([k]) =>
        k.startsWith('assessment:'),
      )! as [string, any];
      const now = Date.now();
      record.evidence['orphan-quote'] = {
        id: 'orphan-quote',
        itemIds: [itemId],
        selectors: [
          { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: 100, end: 100 + exact.length },
        ],
        source: { url, kind: 'html' },
        createdAt: now,
        updatedAt: now,
      };
      record.updatedAt = now;
      await chrome.storage.local.set({ [key]: record });
    },
    { itemId, exact, url },
  );
}
