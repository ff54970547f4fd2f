/**
 * What the content script costs every page: its size in the Chrome build,
 * and its main-thread time on a page with no article, read from Chromium's
 * own trace (script evaluation and function calls attributed to the
 * content script's URL). Figures only; nothing is asserted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/support/browser';
import { chromeBuildDir } from '../tests/e2e/support/paths';

const LOADS = 10;

/** Prints the content scripts' size and main-thread time. */
export async function runContentScriptBench(): Promise<void> {
  const { bytes, gzipped } = contentScriptSize();
  console.log('\nContent scripts (Chrome build)');
  console.log(`  size: ${kb(bytes)} minified, ${kb(gzipped)} gzipped`);
  const times = await mainThreadTimes();
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1] ?? 0;
  console.log(
    `  main-thread time on a page with no article, ${LOADS} loads: ` +
      `median ${median.toFixed(2)} ms, max ${sorted.at(-1)?.toFixed(2)} ms`,
  );
}

function contentScriptSize(): { bytes: number; gzipped: number } {
  const dir = join(chromeBuildDir, 'content-scripts');
  const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
  const bytes = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const gzipped = files.reduce(
    (n, f) => n + gzipSync(readFileSync(join(dir, f))).length,
    0,
  );
  return { bytes, gzipped };
}

async function mainThreadTimes(): Promise<number[]> {
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end(plainPage());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await launchWithExtension();
  const times: number[] = [];
  try {
    const page = await browser.context.newPage();
    for (let i = 0; i < LOADS; i++) times.push(await traceLoad(page, url));
  } finally {
    await browser.close();
    server.close();
  }
  return times;
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string } };
}

/** Milliseconds of main-thread work attributed to the content script. */
async function traceLoad(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise((done) =>
    cdp.once('Tracing.tracingComplete', done),
  );
  await cdp.send('Tracing.start', { categories: 'devtools.timeline' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300); // document_idle scripts run after load
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const ours = events.filter(
    (e) =>
      e.ph === 'X' &&
      ['EvaluateScript', 'FunctionCall', 'v8.compile'].includes(e.name) &&
      e.args?.data?.url?.includes('/content-scripts/'),
  );
  return ours.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
}

/** A long page with no scholarly markers: a plain blog post. */
function plainPage(): string {
  const paragraph =
    '<p>Notes from a weekend hike: the trail climbs through pine woods, ' +
    'crosses two streams and ends at a lake with a small wooden pier.</p>';
  return `<!doctype html><title>Weekend notes</title><h1>Hiking</h1>${paragraph.repeat(400)}`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
