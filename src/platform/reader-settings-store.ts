/**
 * Where the reader settings live: storage.sync, so they follow the user to their other browsers
 * and every open reader hears about a change at once (storage.onChanged).
 */
import browser from 'webextension-polyfill';
import {
  normalizeReaderSettings,
  READER_SETTINGS_KEY,
  type ReaderSettings,
} from './reader-settings';

export type { ReaderSettings } from './reader-settings';

export async function readReaderSettings(): Promise<ReaderSettings> {
  const stored = await browser.storage.sync.get(READER_SETTINGS_KEY);
  return normalizeReaderSettings(stored[READER_SETTINGS_KEY]);
}

export async function writeReaderSettings(settings: ReaderSettings): Promise<void> {
  await browser.storage.sync.set({ [READER_SETTINGS_KEY]: normalizeReaderSettings(settings) });
}

/** Calls back on every change (from any tab); returns the function that stops listening. */
export function watchReaderSettings(listener: (settings: ReaderSettings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[READER_SETTINGS_KEY];
    if (area === 'sync' && change) listener(normalizeReaderSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
