/** The popup asks what we know about its tab. */
import type { SenderInfo, TabState } from '../messages';
import { readTabState } from '../platform/tab-state-store';
import { getTab } from '../platform/tabs';

export async function onTabState(
  request: { tabId: number },
  sender: SenderInfo,
): Promise<TabState> {
  if (!sender.fromExtensionPage) throw new Error('tab/state is for extension pages');
  if (!Number.isInteger(request.tabId)) throw new Error('tab/state: bad tabId');
  const [stored, tab] = await Promise.all([readTabState(request.tabId), getTab(request.tabId)]);
  return {
    tabId: request.tabId,
    url: tab?.url ?? stored?.url ?? null,
    title: tab?.title ?? stored?.title ?? null,
    // A stale report from a previous URL of the tab must not light the popup.
    detection: stored && (!tab?.url || stored.url === tab.url) ? stored.detection : null,
  };
}
