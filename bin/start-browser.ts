/**
 * Opens RADAR Reviewer on a real paper: serves the shared corpus on
 * 127.0.0.1 and starts Chromium with the built extension on the deep-review
 * article. Without a display it runs the same steps headless and saves
 * screenshots instead. Usage: bin/start [--headless]
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/support/browser';
import { serveCorpus } from '../tests/e2e/support/corpus-server';
import { activeTabId, openPanelFor } from '../tests/e2e/support/panel';
import { repoRoot } from '../tests/e2e/support/paths';

const ARTICLE = 'deep-review-2021-12-28.html';
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || !hasDisplay;

async function main(): Promise<void> {
  const corpus = await serveCorpus();
  if (headless) await runHeadlessDemo(corpus.url(ARTICLE));
  else await runInteractive(corpus.url(ARTICLE));
  await corpus.close();
}

async function runInteractive(articleUrl: string): Promise<void> {
  // A profile of its own that survives restarts, so saved work stays.
  const profile = join(homedir(), '.cache/radar-reviewer/chromium-profile');
  mkdirSync(profile, { recursive: true });
  const browser = await launchWithExtension(profile, { headless: false });
  const page = await browser.context.newPage();
  await page.goto(articleUrl);
  console.log(`Chromium is open on ${articleUrl}`);
  console.log('Click the RADAR Reviewer toolbar button to open the panel.');
  console.log('Close the browser window to stop.');
  await new Promise((done) => browser.context.on('close', done));
}

async function runHeadlessDemo(articleUrl: string): Promise<void> {
  const outDir = resolve(repoRoot, 'artifacts/start');
  mkdirSync(outDir, { recursive: true });
  console.log('No display found: running the headless demo instead.');
  const browser = await launchWithExtension(undefined, { headless: true });
  const article = await browser.context.newPage();
  await article.goto(articleUrl, { waitUntil: 'domcontentloaded' });
  await article.screenshot({ path: join(outDir, 'article.png') });
  // The real side panel follows the active tab; opened as a page of its
  // own it is told which tab to watch.
  const panel = await openPanelFor(browser, await activeTabId(browser));
  const prompt = panel.locator('#reviewer-name-prompt');
  await prompt.fill('Demo Reviewer');
  await prompt.press('Enter');
  await panel.locator('fieldset[data-item-id]').first().waitFor();
  await panel.screenshot({ path: join(outDir, 'sidepanel.png') });
  await browser.close();
  console.log(`Screenshots written to ${outDir}`);
  console.log('For the whole job with exports, run: npm run demo');
}

await main();
