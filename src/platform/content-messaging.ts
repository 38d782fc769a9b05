/**
 * The detection content script's only channel to the background. It runs on every page, so it
 * uses the browser's own runtime API instead of the polyfill (kept out of the 4 KB budget): in
 * Manifest V3 both Chrome and Firefox return promises from chrome.runtime.sendMessage.
 */
import type { MessageName, Reply, RequestOf, ResponseOf } from '../messages';

export async function sendFromContent<N extends MessageName>(
  name: N,
  request: RequestOf<N>,
): Promise<ResponseOf<N> | null> {
  const reply = (await chrome.runtime.sendMessage({ name, request })) as
    Reply<ResponseOf<N>> | undefined;
  return reply && reply.ok ? reply.value : null;
}
