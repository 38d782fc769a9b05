/**
 * Sending and receiving the typed messages of src/messages.ts over runtime messaging, for
 * extension pages and the background (which may use the polyfill).
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import {
  isEnvelope,
  type Handlers,
  type MessageName,
  type Reply,
  type RequestOf,
  type ResponseOf,
  type SenderInfo,
} from '../messages';

/** Sends a message to the background and returns its typed reply; errors are rethrown. */
export async function send<N extends MessageName>(
  name: N,
  request: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const reply = (await browser.runtime.sendMessage({ name, request })) as Reply<ResponseOf<N>>;
  if (!reply || typeof reply !== 'object') throw new Error(`No reply to ${name}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

function describeSender(sender: Runtime.MessageSender): SenderInfo | null {
  // Only our own extension may talk to us; other extensions and web pages never can.
  if (sender.id !== browser.runtime.id) return null;
  const ownPrefix = browser.runtime.getURL('');
  const fromExtensionPage = !sender.tab || (sender.url ?? '').startsWith(ownPrefix);
  const pageUrl = sender.url ?? '';
  return {
    tabId: sender.tab?.id ?? null,
    fromExtensionPage: fromExtensionPage && pageUrl.startsWith(ownPrefix),
  };
}

/** Installs one listener that routes every message to its handler. */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const info = describeSender(sender);
    if (!info || !isEnvelope(message) || !Object.hasOwn(handlers, message.name)) return undefined;
    const handler = handlers[message.name] as (r: unknown, s: SenderInfo) => unknown;
    return Promise.resolve()
      .then(() => handler(message.request, info))
      .then(
        (value): Reply<unknown> => ({ ok: true, value }),
        (error: unknown): Reply<unknown> => ({
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
  });
}
