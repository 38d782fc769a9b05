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
