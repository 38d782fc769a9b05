/**
 * The one message schema. Each direction is a map of `noun/verb` -> (request) => response.
 * `send` infers both types from the name; `handleMessages` demands a handler for every name, so
 * a new message without a handler fails to compile. Payloads are plain JSON.
 */
import type { Detection, ExtractResult } from './core/types';

/** What the background knows about one tab from its detection report. */
export interface TabState {
  tabId: number;
  url: string | null;
  detection: Detection | null;
}

/** Sent by the detection content script: untrusted, validated by the background. */
export interface PageDetected {
  url: string;
  detection: Detection;
}

/** Why the article of a tab could not be read: each code has its own popup state. */
export type ArticleProblemCode = 'restricted' | 'permission' | 'gone' | 'failed';

export type ArticleResponse =
  | { ok: true; result: ExtractResult; cached: boolean; url: string | null }
  | {
      ok: false;
      /** 'not-article': the detector turned the page down; asking with `force` reads it anyway. */
      code: ArticleProblemCode | 'not-article';
      message: string;
      origin: string | null;
    };

/** The outcome of saving a tab's article; `message` is written for the user. */
export type LibrarySaveResponse =
  | { ok: true; id: string; title: string; updated: boolean; savedAt: number }
  | { ok: false; message: string };

export interface LibraryStatus {
  saved: boolean;
  /** The library id (canonical URL) the tab's page has or would have; null for unsavable pages. */
  id: string | null;
  savedAt: number | null;
}

/** Whether the reader view is now open in the tab, or why it could not open. */
export type ReaderToggleResponse =
  | { ok: true; open: boolean }
  | { ok: false; code: ArticleProblemCode | 'not-article'; message: string };

export interface ToBackground {
  'page/detected': (request: PageDetected) => { tabId: number; lit: boolean };
  /**
   * The tab's article, extracted on demand and cached per tab. Without `force`, a page the
   * detector turned down is answered with 'not-article' instead of being read.
   */
  'article/get': (request: { tabId: number; force?: boolean }) => ArticleResponse;
  /** Saves (or updates) the tab's article in the library; from the popup, the reader, the menu. */
  'library/save': (request: { tabId: number }) => LibrarySaveResponse;
  /** Whether the tab's page is already in the library. */
  'library/status': (request: { tabId: number }) => LibraryStatus;
  /** Opens the reader view over the tab's page, or closes it when open. */
  'reader/toggle': (request: { tabId: number }) => ReaderToggleResponse;
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
