/**
 * The one message schema. Each direction is a map of `noun/verb` -> (request) => response.
 * `send` infers both types from the name; `handleMessages` demands a handler for every name, so
 * a new message without a handler fails to compile. Payloads are plain JSON.
 */
import type { Detection } from './core/types';

/** What the background knows about one tab, shown by the popup. */
export interface TabState {
  tabId: number;
  url: string | null;
  title: string | null;
  detection: Detection | null;
}

/** Sent by the detection content script: untrusted, validated by the background. */
export interface PageDetected {
  url: string;
  title: string;
  detection: Detection;
}

export interface ToBackground {
  'page/detected': (request: PageDetected) => { tabId: number; lit: boolean };
  'tab/state': (request: { tabId: number }) => TabState;
}

export type MessageName = keyof ToBackground;
export type RequestOf<N extends MessageName> = Parameters<ToBackground[N]>[0];
export type ResponseOf<N extends MessageName> = ReturnType<ToBackground[N]>;

/** The wire format of a request and of its reply. */
export interface Envelope<N extends MessageName = MessageName> {
  name: N;
  request: RequestOf<N>;
}
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Who sent a message, as the background sees it. */
export interface SenderInfo {
  /** Set for content scripts: the tab the message came from. */
  tabId: number | null;
  /** True when the sender is one of our own extension pages. */
  fromExtensionPage: boolean;
}

export type Handlers = {
  [N in MessageName]: (
    request: RequestOf<N>,
    sender: SenderInfo,
  ) => Promise<ResponseOf<N>> | ResponseOf<N>;
};

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { name?: unknown }).name === 'string' &&
    'request' in value
  );
}
