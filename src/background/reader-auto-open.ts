/**
 * Per-site auto-open: when a page on a site the user listed ("Always open on this site" in the
 * reader toolbar) reports that it is an article, the reader opens over it.
 */
import type { SenderInfo, ToBackground } from '../messages';
import { isReaderSite, siteOfUrl } from '../platform/reader-sites-store';
import { getTab } from '../platform/tabs';
import { toggleReader } from './reader-toggle';

type DetectedReply = ReturnType<ToBackground['page/detected']>;
type DetectedHandler = (request: unknown, sender: SenderInfo) => Promise<DetectedReply>;

/** Opens the reader in `tabId` if its page is on a listed site. */
export async function autoOpenReader(tabId: number): Promise<void> {
  const site = siteOfUrl((await getTab(tabId))?.url);
  if (site && (await isReaderSite(site))) await toggleReader(tabId, 'open');
}

/** Wraps the page/detected handler: after an article is reported, maybe open the reader. */
export function withReaderAutoOpen(handler: DetectedHandler): DetectedHandler {
  return async (request, sender) => {
    const reply = await handler(request, sender);
    if (reply.lit) void autoOpenReader(reply.tabId).catch(() => undefined);
    return reply;
  };
}
