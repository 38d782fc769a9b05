/**
 * Opens and closes the reader over the page. At most one reader per page; opening again replaces
 * it (a new article after in-page navigation). Everything open() starts (the host, storage and
 * key listeners, the font, speech) is undone by close(), so toggling a hundred times leaves the
 * page as it was: the same DOM nodes, the same scroll position (the page itself never scrolls:
 * the reader scrolls inside its own fixed box), and the page's scripts running throughout.
 */
import type { Article } from '../core/types';
import type { ReaderSettings } from '../platform/reader-settings';
import { addDyslexicFont } from './dyslexic-font';
import { createReaderHost, type ReaderHost } from './reader-host';
import { renderReaderView, type ReaderView } from './reader-view';

/** Where the reader keeps and hears about shared state (storage.sync in the extension). */
export interface ReaderStorage {
  writeSettings(settings: ReaderSettings): Promise<void>;
  watchSettings(listener: (settings: ReaderSettings) => void): () => void;
  setSite(site: string, alwaysOpen: boolean): Promise<void>;
  watchSites(listener: (sites: string[]) => void): () => void;
  /** Saves this tab's article to the library; resolves to what to tell the reader. */
  saveToLibrary(tabId: number): Promise<string>;
}

/** What the page is, for the per-site control. */
export interface ReaderPlace {
  site: string | null;
  alwaysOpen: boolean;
  /** The tab the reader is open in (what "Save" saves). */
  tabId: number;
}

export interface ReaderController {
  open(article: Article, settings: ReaderSettings, place: ReaderPlace): void;
  /** Closes the reader; false when it was not open. */
  close(): boolean;
  isOpen(): boolean;
}

export function createReaderController(
  doc: Document,
  css: string,
  storage: ReaderStorage,
): ReaderController {
  let cleanup: (() => void) | null = null;

  function close(): boolean {
    if (!cleanup) return false;
    const run = cleanup;
    cleanup = null;
    run();
    return true;
  }

  function open(article: Article, settings: ReaderSettings, place: ReaderPlace): void {
    close();
    const win = doc.defaultView;
    const previousFocus = doc.activeElement;
    const host: ReaderHost = createReaderHost(doc, css);
    let removeFont: (() => void) | null = null;
    const useFont = (next: ReaderSettings): void => {
      // The dyslexia font is large: it is decoded only when someone picks it.
      if (next.font === 'dyslexic' && !removeFont) removeFont = addDyslexicFont(doc);
    };
    useFont(settings);

    const view: ReaderView = renderReaderView(host.shadow, {
      article,
      settings,
      site: place.site,
      alwaysOpen: place.alwaysOpen,
      speech: win && 'speechSynthesis' in win ? win.speechSynthesis : undefined,
      onClose: () => void close(),
      onSettingsChange: (next) => {
        useFont(next);
        storage.writeSettings(next).catch(() => undefined);
      },
      onSiteChange: (alwaysOpen) => {
        if (place.site) storage.setSite(place.site, alwaysOpen).catch(() => undefined);
      },
      onSave: () => storage.saveToLibrary(place.tabId),
    });

    const stopSettings = storage.watchSettings((next) => {
      useFont(next);
      view.applySettings(next);
    });
    const stopSites = storage.watchSites((sites) => {
      if (place.site) view.showSite(sites.includes(place.site));
    });
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.stopPropagation();
      event.preventDefault();
      close();
    };
    win?.addEventListener('keydown', onKey, true);

    cleanup = () => {
      win?.removeEventListener('keydown', onKey, true);
      stopSettings();
      stopSites();
      view.destroy();
      host.remove();
      removeFont?.();
      if (
        previousFocus instanceof HTMLElement &&
        previousFocus !== doc.body &&
        previousFocus.isConnected
      ) {
        previousFocus.focus({ preventScroll: true });
      }
    };
    view.focus();
  }

  return { open, close, isOpen: () => cleanup !== null };
}
