/** Tab look-ups and tab lifecycle events. */
import browser from 'webextension-polyfill';

export interface TabInfo {
  id: number;
  url: string | null;
}

export async function getTab(tabId: number): Promise<TabInfo | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return { id: tabId, url: tab.url ?? null };
  } catch {
    return null;
  }
}

/** The tab the popup belongs to: `?tabId=` when given (tests, popup opened as a tab), else the active tab. */
export async function popupTargetTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

export function onTabClosed(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
}

export function onTabNavigated(listener: (tabId: number) => void): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) listener(tabId);
  });
}
