/**
 * The detection content script's only channel to the background. It runs on every page, so it
 * uses the browser's own promise-returning runtime API instead of the polyfill (kept out of the
 * 4 KB budget); both Chrome MV3 and Firefox return promises from runtime.sendMessage.
 */
import type { MessageName, Reply, RequestOf, ResponseOf } from '../messages';

interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
}

function runtime(): RuntimeLike | null {
  const scope = globalThis as {
    browser?: { runtime?: RuntimeLike };
    chrome?: { runtime?: RuntimeLike };
  };
  return scope.browser?.runtime ?? scope.chrome?.runtime ?? null;
}

export async function sendFromContent<N extends MessageName>(
  name: N,
  request: RequestOf<N>,
): Promise<ResponseOf<N> | null> {
  const api = runtime();
  if (!api) return null;
  const reply = (await api.sendMessage({ name, request })) as Reply<ResponseOf<N>> | undefined;
  return reply && reply.ok ? reply.value : null;
}
