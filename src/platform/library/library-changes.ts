/**
 * Tells open library pages that the library changed (a save from the popup, the reader or the
 * context menu happens in the background, the page must show it). A BroadcastChannel reaches every
 * context of the extension's origin, the service worker included, without a message name of its own.
 */
const CHANNEL = 'sourcelight-library';

export interface LibraryChange {
  kind: 'saved' | 'deleted' | 'imported';
  ids: string[];
}

/**
 * One channel object per context, for sending and receiving: a BroadcastChannel never delivers a
 * message to the object that posted it, so a page is not told about its own changes (it already
 * shows them).
 */
let shared: BroadcastChannel | null = null;
function channel(): BroadcastChannel {
  shared ??= new BroadcastChannel(CHANNEL);
  return shared;
}

export function announceLibraryChange(change: LibraryChange): void {
  channel().postMessage(change);
}

/** Calls `listener` for changes made by other contexts; returns the unsubscribe function. */
export function onLibraryChange(listener: (change: LibraryChange) => void): () => void {
  const receive = (event: MessageEvent<unknown>): void => {
    const data = event.data as Partial<LibraryChange> | null;
    if (data && typeof data.kind === 'string' && Array.isArray(data.ids)) {
      listener({ kind: data.kind, ids: data.ids.filter((id) => typeof id === 'string') });
    }
  };
  channel().addEventListener('message', receive);
  return () => channel().removeEventListener('message', receive);
}
