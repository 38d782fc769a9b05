/**
 * Which tab a library message may act on. Extension pages may name any tab; a content script
 * (the in-page reader) only its own, whatever tabId it claims, because page content is hostile.
 */
import type { SenderInfo } from '../messages';

export function allowedTabId(request: unknown, sender: SenderInfo, name: string): number {
  const tabId = (request as { tabId?: unknown } | null)?.tabId;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) {
    throw new Error(`${name}: bad tabId`);
  }
  if (sender.fromExtensionPage) return tabId;
  if (sender.tabId === null || sender.tabId !== tabId) {
    throw new Error(`${name}: a page may only act on its own tab`);
  }
  return tabId;
}
