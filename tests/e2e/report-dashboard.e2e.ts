/// <reference types="chrome" />
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportAssessment } from '../../core/export';
import { requireRubric } from '../../core/rubric';
import { metricsAssessment, XSS_QUOTE } from '../components/report/fixtures';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { artifactsDir } from './support/paths';

const NOW = Date.UTC(2024, 4, 2, 10, 0, 0);

/** The assessment exported to a file in the artifacts folder; its path. */
function exportFile(name: string, edit = (_doc: object) => {}): string {
  const a = metricsAssessment(name);
  const doc = exportAssessment(a, requireRubric('metrics'), {
    now: NOW,
    extensionVersion: '0.1.0',
  });
  edit(doc);
  const path = join(artifactsDir, `import-${name || 'blank'}.json`);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

describe('report and dashboard pages', () => {
  const record = metricsAssessment();
  let browser: ExtensionBrowser;
  let report: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launchWithExtension();
    await browser.serviceWorker.evaluate(
      (r) => chrome.storage.local.set({ [`assessment:${r.id}`]: r }),
      record,
    );
    report = await browser.context.newPage();
    report.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await report.goto(
      browser.extensionUrl(`report.html?id=${encodeURIComponent(record.id)}`),
    );
    await report.getByTestId('total').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the seeded assessment on the dashboard', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('dashboard.html'));
    const row = page.locator('tr', {
      hasText: 'Deep learning for lung nodules',
    });
    await expect.poll(() => row.count()).toBe(1);
    const text = await row.textContent();
    expect(text).toContain('Grace');
    expect(text).toContain('METRICS 1.0');
    expect(text).toContain('24.3 %');
    await page.screenshot({
      path: join(artifactsDir, 'dashboard.png'),
      fullPage: true,
    });
    await page.close();
  });

  it('exports the library and takes the bundle back without duplicating', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('dashboard.html'));
    const download = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      return file.path();
    };
    const csv = readFileSync(await download('CSV wide'), 'utf8');
    expect(csv.split('\r\n')[1]).toContain('Deep learning for lung nodules');
    const bundle = await download('JSON bundle');

    await page.locator('input[type=file]').setInputFiles(bundle);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('0 added, 0 updated, 1 unchanged');
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.close();
  });

  it('shows every import failure in place of the last and keeps what was saved', async () => {
    const page = await browser.context.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    await page.goto(browser.extensionUrl('dashboard.html'));
    await page.locator('tbody tr').first().waitFor();
    const alert = page.getByRole('alert');

    const blank = exportFile('', (doc) => Object.assign(doc, { reviewer: '' }));
    await page.locator('input[type=file]').setInputFiles(blank);
    await expect.poll(() => alert.textContent()).toContain('reviewer: empty');

    // The browser refuses the second record as if storage were full.
    await page.evaluate(() => {
      const area = chrome.storage.local;
      const set = area.set.bind(area) as (...args: unknown[]) => unknown;
      (area as { set: unknown }).set = (...args: unknown[]) => {
        if (Object.keys(args[0] as object).some((k) => k.includes('|ada|'))) {
          throw new Error('QUOTA_BYTES quota exceeded');
        }
        return set(...args);
      };
    });
    const files = [exportFile('Linus'), exportFile('Ada')];
    await page.locator('input[type=file]').setInputFiles(files);
    await expect.poll(() => alert.textContent()).toContain('no room left');
    expect(await alert.textContent()).toContain('after 1 of 2 assessments');
    expect(await alert.textContent()).not.toContain('reviewer: empty');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);

    await page.reload();
    await page.locator('input[type=file]').setInputFiles(files);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('1 added, 0 updated, 1 unchanged');
    expect(await alert.count()).toBe(0);
    expect(await page.locator('tbody tr').count()).toBe(3);
    expect(uncaught).toEqual([]);
    await page.close();
  });

  it('shows the total worked out by hand', async () => {
    // (0.0368 + 0.0735 + 0.0919) / 0.8315 = 0.2432 -> 24.3 %.
    expect(await report.getByTestId('total').textContent()).toBe('24.3 %');
  });

  it('shows the hostile quote as text and runs nothing', async () => {
    await expect
      .poll(() => report.locator('blockquote').first().textContent())
      .toBe(XSS_QUOTE);
    expect(await report.locator('main img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('draws the domain bars on a canvas', async () => {
    const inked = await report.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>(
        '.domain-bars canvas',
      );
      if (!canvas) return 0;
      const ctx = canvas.getContext('2d')!;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count += 1;
      return count;
    });
    expect(inked).toBeGreaterThan(100);
  });

  it('downloads the radar plot as SVG and PNG', async () => {
    const [svg] = await Promise.all([
      report.waitForEvent('download'),
      report.getByRole('button', { name: 'Download radar SVG' }).click(),
    ]);
    expect(readFileSync(await svg.path(), 'utf8')).toMatch(/^<svg[^>]*xmlns/);
    const [png] = await Promise.all([
      report.waitForEvent('download'),
      report.getByRole('button', { name: 'Download radar PNG' }).click(),
    ]);
    const bytes = readFileSync(await png.path());
    expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // "PNG"
  });

  it('hides the buttons when printing and writes a PDF', async () => {
    await report
      .locator('.report-plots')
      .screenshot({ path: join(artifactsDir, 'report-plots.png') });
    await report.screenshot({
      path: join(artifactsDir, 'report.png'),
      fullPage: true,
    });
    const print = report.getByRole('button', { name: 'Print' });
    expect(await print.isVisible()).toBe(true);
    await report.emulateMedia({ media: 'print' });
    expect(await print.isVisible()).toBe(false);
    const pdf = await report.pdf({ path: join(artifactsDir, 'report.pdf') });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await report.emulateMedia({ media: 'screen' });
  });
});
