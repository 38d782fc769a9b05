/** Popup entry: shows, for its tab, whether the page is an article and its title. */
import type { TabState } from '../src/messages';
import { send } from '../src/platform/messaging';
import { popupTargetTabId } from '../src/platform/tabs';
import { watchTabState } from '../src/platform/tab-state-store';

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`popup.html lacks #${id}`);
  return element;
}

async function render(): Promise<void> {
  const status = byId('sl-status');
  const tabId = await popupTargetTabId(location.search);
  if (tabId === null) {
    status.textContent = 'No tab to read.';
    return;
  }
  // The page may report after the popup opened: follow the tab's state as it changes.
  watchTabState(tabId, () => void send('tab/state', { tabId }).then(show));
  show(await send('tab/state', { tabId }));
}

function show(state: TabState): void {
  const status = byId('sl-status');
  const title = byId('sl-title');
  const { detection } = state;
  document.body.dataset.article = String(detection?.isArticle ?? false);
  status.textContent = !detection
    ? 'Checking this page…'
    : detection.isArticle
      ? detection.isNews
        ? 'News article'
        : 'Article'
      : 'This page does not look like an article.';
  if (state.title) {
    title.textContent = state.title;
    title.hidden = false;
  }
}

render().catch((error: unknown) => {
  byId('sl-status').textContent =
    `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
});
