/// <reference types="chrome" />
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { serveCorpus, type CorpusServer } from './support/corpus-server';
import { activeTabBadge } from './support/service-worker';
import { artifactsDir, chromeBuildDir } from './support/paths';

describe('the extension in headless Chromium', () => {
  let browser: ExtensionBrowser;
  let corpus: CorpusServer;

  beforeAll(async () => {
    corpus = await serveCorpus();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await corpus?.close();
  });

  it('starts the service worker of a Manifest V3 extension', async () => {
    const version = await browser.serviceWorker.evaluate(
      () => chrome.runtime.getManifest().manifest_version,
    );
    expect(version).toBe(3);
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('runs the content script on a corpus article', async () => {
    const page = await browser.context.newPage();
    await page.goto(corpus.url('deep-review-2021-12-28.html'), {
      waitUntil: 'domcontentloaded',
    });
    await expect.poll(() => activeTabBadge(browser.serviceWorker)).toBe('•');
    await page.close();
  });

  it('leaves the badge empty on a page that is not an article', async () => {
    const page = await browser.context.newPage();
    await page.goto(corpus.url('README.md'), { waitUntil: 'load' });
    await page.waitForTimeout(500);
    expect(await activeTabBadge(browser.serviceWorker)).toBe('');
    await page.close();
  });

  it('opens and renders the side panel page', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('sidepanel.html'));
    // Opened as a tab of its own, the panel watches itself: not an article.
    await expect
      .poll(() => page.locator('h1').first().textContent())
      .toContain('not a recognised article');
    await page.screenshot({ path: join(artifactsDir, 'sidepanel.png') });
    await page.close();
  });

  it('opens a corpus PDF in the viewer page with a text layer', async () => {
    const page = await browser.context.newPage();
    const pdf = corpus.url('deep-review-2021-12-28.pdf');
    await page.goto(
      browser.extensionUrl(`viewer.html?file=${encodeURIComponent(pdf)}`),
    );
    const firstPageText = page.locator(
      '.page[data-page-number="1"] .textLayer',
    );
    await expect
      .poll(() => firstPageText.textContent(), { timeout: 30_000 })
      .toContain('Opportunities and obstacles for deep learning');
    await page.screenshot({ path: join(artifactsDir, 'viewer.png') });
    await page.close();
  });

  it('keeps all content scripts under 20 kB minified', () => {
    const dir = join(chromeBuildDir, 'content-scripts');
    const bytes = readdirSync(dir)
      .filter((name) => name.endsWith('.js'))
      .reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
    expect(bytes).toBeLessThan(20 * 1024);
  });

  it('sends no request from an extension context to a non-local host', () => {
    expect(browser.remoteRequestsFromExtension).toEqual([]);
  });
});
