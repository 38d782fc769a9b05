/** The detection content script reported on its page: remember it and light the button. */
import type { SenderInfo, ToBackground } from '../messages';
import { showArticleIndicator } from '../platform/action-indicator';
import { writeTabState } from '../platform/tab-state-store';
import { validatePageDetected } from './validate-page-detected';

export async function onPageDetected(
  request: unknown,
  sender: SenderInfo,
): Promise<ReturnType<ToBackground['page/detected']>> {
  if (sender.tabId === null) throw new Error('page/detected must come from a tab');
  const { url, detection } = validatePageDetected(request);
  await writeTabState({ tabId: sender.tabId, url, detection });
  await showArticleIndicator(sender.tabId, detection.isArticle);
  return { tabId: sender.tabId, lit: detection.isArticle };
}
