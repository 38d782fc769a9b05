/** Opening the library page (in a new tab), optionally on one saved article. */
import browser from 'webextension-polyfill';

/** Where the build puts the library page (scripts/entries.mjs keeps source paths). */
const LIBRARY_PAGE = 'src/library/library.html';

export function libraryPageUrl(articleId?: string): string {
  const base = browser.runtime.getURL(LIBRARY_PAGE);
  return articleId ? `${base}#article=${encodeURIComponent(articleId)}` : base;
}

export async function openLibraryPage(articleId?: string): Promise<void> {
  await browser.tabs.create({ url: libraryPageUrl(articleId) });
}
