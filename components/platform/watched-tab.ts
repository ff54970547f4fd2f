import { signal, type ReadonlySignal } from '@preact/signals';
import { browser } from 'wxt/browser';

/**
 * The tab the panel works beside: the one named by `?tabId=` (how tests and
 * the dashboard open a panel for a given tab), otherwise the active tab of
 * the panel's window, followed as the reviewer switches tabs. `revision`
 * grows whenever that tab finishes loading a new page.
 */
export function watchTargetTab(): {
  tabId: ReadonlySignal<number | undefined>;
  revision: ReadonlySignal<number>;
} {
  const tabId = signal<number | undefined>(undefined);
  const revision = signal(0);
  const fixed = Number(new URLSearchParams(location.search).get('tabId'));
  if (fixed) tabId.value = fixed;
  else void followActiveTab(tabId);
  browser.tabs.onUpdated.addListener((id, change) => {
    if (id === tabId.value && change.status === 'complete') revision.value++;
  });
  return { tabId, revision };
}

async function followActiveTab(
  tabId: ReturnType<typeof signal<number | undefined>>,
): Promise<void> {
  const panelWindow = await browser.windows.getCurrent();
  const [active] = await browser.tabs.query({
    active: true,
    windowId: panelWindow.id,
  });
  tabId.value = active?.id;
  browser.tabs.onActivated.addListener((info) => {
    if (info.windowId === panelWindow.id) tabId.value = info.tabId;
  });
}
