/**
 * Popup entry: the article of the tab, extracted on demand (cached per tab), with its cited
 * sources highlighted; or a plain explanation of why there is none. One message to the
 * background answers the open: the article, or why there is none.
 */
import './popup.css';
import type { ArticleResponse } from '../src/messages';
import type { ExtractResult } from '../src/core/types';
import { send } from '../src/platform/messaging';
import { requestSiteAccess } from '../src/platform/permissions';
import { readBooleanSetting } from '../src/platform/sync-settings';
import { popupTargetTabId } from '../src/platform/tabs';
import { SHOW_IMAGES_KEY } from '../src/settings-keys';
import { renderArticleView, type ArticleView } from '../src/ui/article-view';
import { copyMarkdownButton } from './copy-markdown';
import { popupElements } from './popup-elements';
import { clearState, showLoading, showNotArticle, showProblem } from './popup-states';
import { settingsButton } from './settings-button';
import { mountSaveControl } from './save-control';
import { mountReaderButton } from './reader-button';

const { status, actions, settingsSlot, content } = popupElements;
let view: ArticleView | null = null;

function statusLine(result: ExtractResult): string {
  const kind = result.detection.isNews ? 'News article' : 'Article';
  const sources = result.article?.sources.length ?? 0;
  return `${kind} · ${sources} cited source${sources === 1 ? '' : 's'}`;
}

async function showArticle(
  tabId: number,
  url: string | null,
  result: ExtractResult,
): Promise<void> {
  const article = result.article;
  if (!article) {
    status.textContent = 'No article found';
    showNotArticle(
      () => void load(tabId, true),
      result.error ? `Sourcelight could not find an article here (${result.error}).` : undefined,
    );
    return;
  }
  clearState();
  view?.destroy();
  const showImages = await readBooleanSetting(SHOW_IMAGES_KEY, false);
  view = renderArticleView(content, article, { showImages });
  status.textContent = statusLine(result);
  document.title = `${article.title} · Sourcelight`;
  actions.replaceChildren(copyMarkdownButton(article, url));
  settingsSlot.replaceChildren(settingsButton(() => void showArticle(tabId, url, result)));
}

async function ask(tabId: number, force: boolean): Promise<ArticleResponse> {
  try {
    return await send('article/get', { tabId, force });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'failed', message, origin: null };
  }
}

async function load(tabId: number, force: boolean): Promise<void> {
  const stopLoading = showLoading();
  status.textContent = 'Reading…';
  const response = await ask(tabId, force).finally(stopLoading);
  if (response.ok) {
    await showArticle(tabId, response.url, response.result);
    return;
  }
  if (response.code === 'not-article') {
    status.textContent = 'Not an article';
    showNotArticle(() => void load(tabId, true));
    return;
  }
  const { origin } = response;
  status.textContent = response.code === 'restricted' ? 'Not readable' : 'Not read';
  showProblem(response.code, response.message, {
    retry: () => void load(tabId, true),
    grant: () => {
      void requestSiteAccess(origin).then((granted) => {
        if (granted) void load(tabId, true);
      });
    },
  });
}

async function start(): Promise<void> {
  const tabId = await popupTargetTabId(location.search);
  if (tabId === null) {
    status.textContent = 'No tab to read.';
    return;
  }
  mountSaveControl(popupElements.library, tabId);
  mountReaderButton(popupElements.reader, tabId);
  settingsSlot.replaceChildren(settingsButton(() => undefined));
  await load(tabId, false);
}

start().catch((error: unknown) => {
  status.textContent = 'Something went wrong';
  showProblem('failed', error instanceof Error ? error.message : String(error), {
    retry: () => location.reload(),
    grant: null,
  });
});
