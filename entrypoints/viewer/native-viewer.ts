import { browser } from 'wxt/browser';
import { siteOf } from '@/core/pdf';
import { nativeOnceItem, nativeSitesItem } from './native-sites';

// Above the redirect rule's priority (1), for one tab and one address.
const BYPASS_PRIORITY = 2;

/**
 * Wires "Open in browser's viewer": shows the PDF in the browser's own
 * viewer for this visit, and with "always for this site" for every later
 * PDF of the same host. Hidden for a PDF picked from disk (no address).
 */
export function wireNativeViewer(url: string | undefined): void {
  const group = document.getElementById('native-viewer') as HTMLElement;
  const button = document.getElementById('native-open') as HTMLButtonElement;
  const always = document.getElementById('native-always') as HTMLInputElement;
  group.hidden = !url;
  if (!url) return;
  always.parentElement!.hidden = !siteOf(url);
  button.addEventListener(
    'click',
    () => void openNatively(url, always.checked),
  );
}

async function openNatively(url: string, always: boolean): Promise<void> {
  const site = siteOf(url);
  if (always && site) {
    const sites = await nativeSitesItem.getValue();
    if (!sites.includes(site)) await nativeSitesItem.setValue([...sites, site]);
  }
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await letThrough(tab.id, url);
  location.href = url;
}

/** Lets this one address load in this tab without the redirect. */
async function letThrough(tabId: number, url: string): Promise<void> {
  await nativeOnceItem.setValue({
    ...(await nativeOnceItem.getValue()),
    [tabId]: url,
  });
  if (!/^https?:/i.test(url)) return; // file: PDFs are redirected by tab
  const id = 1000 + tabId;
  await browser.declarativeNetRequest.updateSessionRules({
    removeRuleIds: [id],
    addRules: [
      {
        id,
        priority: BYPASS_PRIORITY,
        action: { type: 'allow' },
        condition: {
          regexFilter: `^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
          tabIds: [tabId],
          resourceTypes: ['main_frame'],
        },
      },
    ],
  });
}
