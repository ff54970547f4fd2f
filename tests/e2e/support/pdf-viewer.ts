/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

const SLOW = { timeout: 30_000 };

/** Goes to a PDF's address and waits for the viewer to have opened it. */
export async function openPdf(page: Page, address: string): Promise<void> {
  // The redirect aborts the first navigation; the viewer then loads.
  await page.goto(address).catch(() => undefined);
  await page.waitForURL(/viewer\.html/, { ...SLOW, waitUntil: 'commit' });
  await page.locator('body[data-state="loaded"]').waitFor({
    state: 'attached',
    ...SLOW,
  });
}

/** The id of the tab whose viewer shows the PDF named `file`. */
export function viewerTabId(
  browser: ExtensionBrowser,
  file: string,
): Promise<number> {
  return browser.serviceWorker.evaluate(async (name) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find(
      (t) => t.url?.includes('/viewer.html') && t.url.endsWith(name),
    );
    return tab!.id!;
  }, file);
}

/** Selects from the start of `first` to the end of `last` in the text layer. */
export async function selectAcrossSpans(
  page: Page,
  first: string,
  last: string,
): Promise<void> {
  await page.evaluate(
    ({ first, last }) => {
      const spans = [
        ...document.querySelectorAll('.textLayer span:not(.markedContent)'),
      ];
      const from = spans.find((s) => s.textContent!.includes(first))!;
      const to = spans.find((s) => s.textContent!.includes(last))!;
      const range = document.createRange();
      range.setStart(from.firstChild!, from.textContent!.indexOf(first));
      range.setEnd(to.firstChild!, to.textContent!.indexOf(last) + last.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    { first, last },
  );
}
