/**
 * Opening and closing the reader view in a tab: the one function behind the popup button, the
 * keyboard command, the context-menu entry and per-site auto-open. The reader bundle is injected
 * into the tab's isolated world; the article comes from the per-tab extraction cache.
 */
import type { Article } from '../core/types';
import type { ReaderToggleResponse } from '../messages';
import { InjectProblem, runInTab } from '../platform/inject';
import { readReaderSettings, type ReaderSettings } from '../platform/reader-settings-store';
import { isReaderSite, siteOfUrl } from '../platform/reader-sites-store';
import { getTab } from '../platform/tabs';
import { getArticleForTab } from './article-for-tab';

const READER_BUNDLE = 'content-reader.js';

/** The page's site and whether it is on the always-open list (the reader's ReaderPlace). */
interface ReaderPlace {
  site: string | null;
  alwaysOpen: boolean;
  tabId: number;
}

/** 'toggle' closes an open reader or opens one; 'open' never closes (auto-open). */
export type ReaderAction = 'toggle' | 'open';

async function isOpenIn(tabId: number): Promise<boolean> {
  return runInTab(tabId, READER_BUNDLE, () => globalThis.sourcelightReader?.isOpen() ?? false, []);
}

export async function toggleReader(
  tabId: number,
  action: ReaderAction = 'toggle',
): Promise<ReaderToggleResponse> {
  try {
    if (action === 'toggle') {
      const closed = await runInTab(
        tabId,
        READER_BUNDLE,
        () => globalThis.sourcelightReader?.close() ?? false,
        [],
      );
      if (closed) return { ok: true, open: false };
    } else if (await isOpenIn(tabId)) {
      return { ok: true, open: true };
    }
    const [{ result }, settings, tab] = await Promise.all([
      getArticleForTab(tabId),
      readReaderSettings(),
      getTab(tabId),
    ]);
    if (!result.article) {
      return { ok: false, code: 'not-article', message: 'This page has no article to read.' };
    }
    const site = siteOfUrl(tab?.url);
    const place = { site, alwaysOpen: site ? await isReaderSite(site) : false, tabId };
    await runInTab<[Article, ReaderSettings, ReaderPlace], void>(
      tabId,
      READER_BUNDLE,
      (article, readerSettings, readerPlace) =>
        globalThis.sourcelightReader?.open(article, readerSettings, readerPlace),
      [result.article, settings, place],
    );
    return { ok: true, open: true };
  } catch (error) {
    if (error instanceof InjectProblem)
      return { ok: false, code: error.code, message: error.message };
    return {
      ok: false,
      code: 'failed',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
