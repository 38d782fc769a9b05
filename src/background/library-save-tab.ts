/**
 * Saving a tab's article in the library: the popup's Save button, the reader's and the context
 * menu all end here. The article comes from the per-tab extraction (cached when the popup or the
 * reader already read it); the library keys it by the tab's canonical URL.
 */
import type { LibrarySaveResponse, LibraryStatus } from '../messages';
import { isWebUrl, canonicalUrl } from '../platform/library/canonical-url';
import { saveArticle, findSaved } from '../platform/library/library-store';
import { getTab } from '../platform/tabs';
import { getArticleForTab } from './article-for-tab';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function saveTabToLibrary(tabId: number): Promise<LibrarySaveResponse> {
  const tab = await getTab(tabId);
  if (!tab?.url) return { ok: false, message: 'The tab was closed.' };
  if (!isWebUrl(tab.url)) return { ok: false, message: 'Only web pages can be saved.' };
  let article;
  try {
    article = (await getArticleForTab(tabId)).result.article;
  } catch (error) {
    return { ok: false, message: `Could not read the article: ${messageOf(error)}` };
  }
  if (!article) return { ok: false, message: 'This page has no article to save.' };
  try {
    const { saved, updated } = await saveArticle(tab.url, article);
    return { ok: true, id: saved.id, title: article.title, updated, savedAt: saved.savedAt };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}

export async function libraryStatusOfTab(tabId: number): Promise<LibraryStatus> {
  const tab = await getTab(tabId);
  if (!tab?.url || !isWebUrl(tab.url)) return { saved: false, id: null, savedAt: null };
  const summary = await findSaved(tab.url);
  return {
    saved: summary !== undefined,
    id: canonicalUrl(tab.url),
    savedAt: summary?.savedAt ?? null,
  };
}
