/**
 * Per-tab state kept in storage.session, so it survives the service worker being stopped and is
 * gone when the browser closes.
 */
import browser from 'webextension-polyfill';
import type { TabState } from '../messages';

const key = (tabId: number): string => `tab:${tabId}`;

export async function readTabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabState | undefined) ?? null;
}

export async function writeTabState(state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(state.tabId)]: state });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

/** Calls back whenever the stored state of `tabId` changes (e.g. a late detection report). */
export function watchTabState(tabId: number, listener: (state: TabState | null) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[key(tabId)];
    if (area === 'session' && change) listener((change.newValue as TabState | undefined) ?? null);
  });
}
