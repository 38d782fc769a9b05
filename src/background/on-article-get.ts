/**
 * The popup (or another extension page) asks for the article of a tab. One round trip: when the
 * detector already turned the page down, that is the answer (the popup offers "Try anyway",
 * which asks again with `force`); otherwise the cached or freshly extracted article.
 */
import type { ArticleResponse, SenderInfo } from '../messages';
import { readTabState } from '../platform/tab-state-store';
import { getTab } from '../platform/tabs';
import { articleResponseForTab } from './article-for-tab';

export async function onArticleGet(
  request: { tabId: number; force?: boolean },
  sender: SenderInfo,
): Promise<ArticleResponse> {
  if (!sender.fromExtensionPage) throw new Error('article/get is for extension pages');
  if (!Number.isInteger(request.tabId)) throw new Error('article/get: bad tabId');
  const force = request.force === true;
  if (!force) {
    const [state, tab] = await Promise.all([readTabState(request.tabId), getTab(request.tabId)]);
    // Only a report about the page the tab shows now counts (not one from before a navigation).
    if (state?.detection && !state.detection.isArticle && tab?.url && state.url === tab.url) {
      return {
        ok: false,
        code: 'not-article',
        message: 'Sourcelight found no article here.',
        origin: null,
      };
    }
  }
  return articleResponseForTab(request.tabId, { force });
}
