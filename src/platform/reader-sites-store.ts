/**
 * The sites whose articles always open in the reader view, kept in storage.sync by host name
 * ("www.example.com"): a port or scheme change on the same site keeps the choice.
 */
import browser from 'webextension-polyfill';

export const READER_SITES_KEY = 'readerSites';

/** storage.sync allows 8 KB per item: a few hundred host names. */
const MAX_SITES = 300;

/** The host name a page URL counts under, or null for pages that are not http(s). */
export function siteOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && parsed.hostname ? parsed.hostname : null;
  } catch {
    return null;
  }
}

function normalizeSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((site): site is string => typeof site === 'string' && site.length <= 253);
}

export async function readReaderSites(): Promise<string[]> {
  const stored = await browser.storage.sync.get(READER_SITES_KEY);
  return normalizeSites(stored[READER_SITES_KEY]);
}

export async function isReaderSite(site: string): Promise<boolean> {
  return (await readReaderSites()).includes(site);
}

/** Adds or removes `site` from the always-open list. */
export async function setReaderSite(site: string, alwaysOpen: boolean): Promise<void> {
  const sites = (await readReaderSites()).filter((known) => known !== site);
  if (alwaysOpen) sites.push(site);
  await browser.storage.sync.set({ [READER_SITES_KEY]: sites.slice(-MAX_SITES) });
}

/** Calls back when the list changes in any tab; returns the function that stops listening. */
export function watchReaderSites(listener: (sites: string[]) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[READER_SITES_KEY];
    if (area === 'sync' && change) listener(normalizeSites(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
