/** The popup (or another extension page) asks for the article of a tab. */
import type { ArticleResponse, SenderInfo } from '../messages';
import { articleResponseForTab } from './article-for-tab';

export async function onArticleGet(
  request: { tabId: number; force?: boolean },
  sender: SenderInfo,
): Promise<ArticleResponse> {
  if (!sender.fromExtensionPage) throw new Error('article/get is for extension pages');
  if (!Number.isInteger(request.tabId)) throw new Error('article/get: bad tabId');
  return articleResponseForTab(request.tabId, { force: request.force === true });
}
