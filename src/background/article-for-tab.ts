/**
 * The article of a tab: from the per-tab cache when the tab still shows the same URL, otherwise
 * extracted on demand by injecting the extraction bundle (which runs core on a clone of the DOM).
 */
import type { ExtractResult } from '../core/types';
import type { ArticleResponse } from '../messages';
import { readCachedArticle, writeCachedArticle } from '../platform/article-cache';
import { InjectProblem, runInTab } from '../platform/inject';
import { getTab } from '../platform/tabs';
import { validateExtractResult } from '../core/validate-article';

/** Schemes an extension may script at all; anything else is a browser page. */
const READABLE = /^(https?|file):/;

/** Throws InjectProblem when the tab cannot be read. */
export async function getArticleForTab(
  tabId: number,
  options: { force?: boolean } = {},
): Promise<{ result: ExtractResult; cached: boolean; url: string | null }> {
  const tab = await getTab(tabId);
  if (!tab) throw new InjectProblem('gone', 'The tab was closed.');
  const url = tab.url ?? '';
  if (url && !READABLE.test(url)) {
    throw new InjectProblem('restricted', 'Browsers do not let extensions read their own pages.');
  }
  if (!options.force && url) {
    const cached = await readCachedArticle(tabId, url);
    if (cached) return { result: cached, cached: true, url };
  }
  const raw = await runInTab(
    tabId,
    'content-extract.js',
    () => globalThis.sourcelightExtract?.(),
    [],
  );
  // What comes back from a page is untrusted: check its shape before anything stores or shows it.
  const result = validateExtractResult(raw);
  if (url) await writeCachedArticle(tabId, url, result);
  return { result, cached: false, url: url || null };
}

/** The same, as a message reply that names the problem instead of throwing. */
export async function articleResponseForTab(
  tabId: number,
  options: { force?: boolean } = {},
): Promise<ArticleResponse> {
  try {
    return { ok: true, ...(await getArticleForTab(tabId, options)) };
  } catch (error) {
    const tab = await getTab(tabId);
    const origin = tab?.url && /^https?:/.test(tab.url) ? new URL(tab.url).origin : null;
    if (error instanceof InjectProblem) {
      // No host access to a page whose URL we can see and that has no web origin (about:,
      // data:, a file without access): there is nothing to grant. Where the URL is hidden from
      // us (Firefox without host access), the grant is what the user needs.
      const code = error.code === 'permission' && !origin && tab?.url ? 'restricted' : error.code;
      return { ok: false, code, message: error.message, origin };
    }
    return {
      ok: false,
      code: 'failed',
      message: error instanceof Error ? error.message : String(error),
      origin,
    };
  }
}
