/**
 * The extracted article of each tab, kept in storage.session so the popup's second open is
 * instant (and survives the service worker being stopped). Keyed by tab, checked by URL.
 */
import browser from 'webextension-polyfill';
import type { ExtractResult } from '../core/types';

interface CachedArticle {
  url: string;
  result: ExtractResult;
}

const key = (tabId: number): string => `article:${tabId}`;

export async function readCachedArticle(tabId: number, url: string): Promise<ExtractResult | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as
    CachedArticle | undefined;
  return stored && stored.url === url ? stored.result : null;
}

export async function writeCachedArticle(
  tabId: number,
  url: string,
  result: ExtractResult,
): Promise<void> {
  try {
    await browser.storage.session.set({ [key(tabId)]: { url, result } satisfies CachedArticle });
  } catch {
    // Session storage is small (10 MB in Chrome); a huge article is simply not cached.
  }
}

export async function forgetCachedArticle(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
