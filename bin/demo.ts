/**
 * The main job, end to end and headless: score deep-review with RADAR in
 * the side panel, linking answers to passages selected in the HTML article
 * and in its PDF, then export the JSON, the CSV tables, the report (PDF and
 * screenshot) and the radar plot. Finally the `radar` command validates the
 * JSON and re-scores it, which must give the figures the extension showed.
 * Usage: bin/demo [output folder] (default artifacts/demo)
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/support/browser';
import { serveCorpus } from '../tests/e2e/support/corpus-server';
import { repoRoot } from '../tests/e2e/support/paths';
import { scoreHtmlArticle, scorePdf } from './demo-steps/score-paper';
import { exportEverything } from './demo-steps/export-all';
import { checkWithCli } from './demo-steps/check-with-cli';

const outDir = resolve(process.argv[2] ?? resolve(repoRoot, 'artifacts/demo'));

async function main(): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const corpus = await serveCorpus();
  const browser = await launchWithExtension();
  try {
    const panel = await scoreHtmlArticle(browser, corpus, outDir);
    await scorePdf(browser, corpus, outDir);
    const files = await exportEverything(browser, panel, outDir);
    const ok = checkWithCli(files.json, files.shownTotal);
    console.log(`\nEverything is in ${outDir}`);
    if (!ok) process.exitCode = 1;
  } finally {
    await browser.close();
    await corpus.close();
  }
}

await main();
