import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/support/browser';

export interface DemoFiles {
  json: string;
  /** The total the side panel showed, e.g. "10.8 %". */
  shownTotal: string;
}

/**
 * Takes the assessment out of the extension the way a reviewer would: the
 * report page (printed to PDF, screenshot, JSON and radar SVG downloads)
 * and the dashboard's CSV tables and JSON bundle.
 */
export async function exportEverything(
  browser: ExtensionBrowser,
  panel: Page,
  outDir: string,
): Promise<DemoFiles> {
  const shownTotal = (await panel.getByTestId('total').textContent()) ?? '';
  const reportHref = await panel
    .getByRole('link', { name: 'Report' })
    .getAttribute('href');
  const report = await browser.context.newPage();
  await report.goto(browser.extensionUrl(reportHref!));
  await report.getByRole('button', { name: 'Download JSON' }).waitFor();
  const json = await download(
    report,
    'Download JSON',
    outDir,
    'assessment.json',
  );
  await download(report, 'Download radar SVG', outDir, 'radar.svg');
  await report.screenshot({ path: join(outDir, 'report.png'), fullPage: true });
  await report.emulateMedia({ media: 'print' });
  await report.pdf({ path: join(outDir, 'report.pdf'), format: 'A4' });

  const dashboard = await browser.context.newPage();
  await dashboard.goto(browser.extensionUrl('dashboard.html'));
  await dashboard.getByRole('button', { name: 'CSV wide' }).waitFor();
  await download(dashboard, 'CSV wide', outDir, 'scores-wide.csv');
  await download(dashboard, 'CSV long', outDir, 'scores-long.csv');
  await download(dashboard, 'robvis CSV', outDir, 'robvis.csv');
  await download(dashboard, 'JSON bundle', outDir, 'bundle.json');
  console.log(
    'Exported JSON, CSV (wide, long, robvis), report PDF and PNG, radar SVG',
  );
  return { json, shownTotal };
}

async function download(
  page: Page,
  button: string,
  outDir: string,
  fileName: string,
): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(outDir, fileName);
  await file.saveAs(path);
  return path;
}
