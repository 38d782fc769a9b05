/**
 * Popup entry: the article of the tab, extracted on demand (cached per tab), with its cited
 * sources highlighted; or a plain explanation of why there is none.
 */
import './popup.css';
import type { ArticleResponse, TabState } from '../src/messages';
import type { ExtractResult } from '../src/core/types';
import { send } from '../src/platform/messaging';
import { requestSiteAccess } from '../src/platform/permissions';
import { readBooleanSetting } from '../src/platform/sync-settings';
import { popupTargetTabId } from '../src/platform/tabs';
import { SHOW_IMAGES_KEY } from '../src/settings-keys';
import { renderArticleView, type ArticleView } from '../src/ui/article-view';
import { el } from '../src/ui/element';
import { copyMarkdownButton } from './copy-markdown';
import { popupElements } from './popup-elements';
import { clearState, showLoading, showNotArticle, showProblem } from './popup-states';
import { renderSettingsPanel } from './settings-panel';
import { mountSaveControl } from './save-control';
import { mountReaderButton } from './reader-button';

const { status, actions, settings, settingsSlot, content } = popupElements;
let view: ArticleView | null = null;

function statusLine(state: TabState | null, result: ExtractResult | null): string {
  const detection = result?.detection ?? state?.detection;
  const kind = detection?.isNews ? 'News article' : detection?.isArticle ? 'Article' : 'Article';
  const sources = result?.article?.sources.length;
  return sources === undefined
    ? kind
    : `${kind} · ${sources} cited source${sources === 1 ? '' : 's'}`;
}

async function showArticle(
  tabId: number,
  state: TabState | null,
  result: ExtractResult,
): Promise<void> {
  const article = result.article;
  if (!article) {
    status.textContent = 'No article found';
    showNotArticle(
      () => void load(tabId, state, true),
      result.error ? `Sourcelight could not find an article here (${result.error}).` : undefined,
    );
    return;
  }
  clearState();
  view?.destroy();
  const showImages = await readBooleanSetting(SHOW_IMAGES_KEY, false);
  view = renderArticleView(content, article, { showImages });
  status.textContent = statusLine(state, result);
  document.title = `${article.title} · Sourcelight`;
  actions.replaceChildren(copyMarkdownButton(article, state?.url ?? null));
  settingsSlot.replaceChildren(settingsButton(() => void showArticle(tabId, state, result)));
}

function settingsButton(onChange: () => void): HTMLButtonElement {
  const button = el(document, 'button', {
    type: 'button',
    'aria-expanded': 'false',
    'aria-controls': 'sl-settings',
    text: 'Settings',
  });
  button.addEventListener('click', () => {
    const open = settings.hidden;
    settings.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) void renderSettingsPanel(settings, onChange);
  });
  return button;
}

async function load(tabId: number, state: TabState | null, force: boolean): Promise<void> {
  const stopLoading = showLoading();
  status.textContent = 'Reading…';
  let response: ArticleResponse;
  try {
    response = await send('article/get', { tabId, force });
  } catch (error) {
    response = {
      ok: false,
      code: 'failed',
      message: error instanceof Error ? error.message : String(error),
      origin: null,
    };
  } finally {
    stopLoading();
  }
  if (response.ok) {
    await showArticle(tabId, state, response.result);
    return;
  }
  const { origin } = response;
  status.textContent = response.code === 'restricted' ? 'Not readable' : 'Not read';
  showProblem(response.code, response.message, {
    retry: () => void load(tabId, state, true),
    grant: () => {
      void requestSiteAccess(origin).then((granted) => {
        if (granted) void load(tabId, state, true);
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
  const state = await send('tab/state', { tabId });
  settingsSlot.replaceChildren(settingsButton(() => undefined));
  // The detector said "not an article": say so, and offer to try anyway, instead of extracting.
  if (state.detection && !state.detection.isArticle) {
    status.textContent = 'Not an article';
    showNotArticle(() => void load(tabId, state, false));
    return;
  }
  await load(tabId, state, false);
}

start().catch((error: unknown) => {
  status.textContent = 'Something went wrong';
  showProblem('failed', error instanceof Error ? error.message : String(error), {
    retry: () => location.reload(),
    grant: null,
  });
});
