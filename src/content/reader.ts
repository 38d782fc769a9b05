/**
 * Injected on demand (never on page load) when the user opens the reader. It only defines the
 * reader controller in the content script's isolated world; the background then calls
 * open/close through scripting.executeScript. The page's own scripts cannot see or call it.
 * Injecting the file again keeps the existing controller, so an open reader stays in charge.
 */
/// <reference types="vite/client" />
import articleCss from '../ui/article-view.css?inline';
import readerCss from '../reader/reader.css?inline';
import { createReaderController, type ReaderController } from '../reader/reader-controller';
import { watchReaderSettings, writeReaderSettings } from '../platform/reader-settings-store';
import { setReaderSite, watchReaderSites } from '../platform/reader-sites-store';
import { send } from '../platform/messaging';

declare global {
  var sourcelightReader: ReaderController | undefined;
}

globalThis.sourcelightReader ??= createReaderController(document, `${articleCss}\n${readerCss}`, {
  writeSettings: writeReaderSettings,
  watchSettings: watchReaderSettings,
  setSite: setReaderSite,
  watchSites: watchReaderSites,
  async saveToLibrary(tabId) {
    const result = await send('library/save', { tabId });
    if (!result.ok) throw new Error(result.message);
    return result.updated ? 'Updated in your library' : 'Saved to your library';
  },
});
