/**
 * A saved article opened in the library itself, offline: the same view as the popup and the
 * reader (highlights, sources panel, legend), rendered from the stored copy.
 */
// Loaded with this module on first use, so that the list's first paint does not wait for it.
import '../ui/article-view.css';
import type { SavedArticle } from '../platform/library/saved-article';
import { renderArticleView, type ArticleView } from '../ui/article-view';

let current: ArticleView | null = null;

export function showSavedArticle(mount: HTMLElement, saved: SavedArticle): void {
  closeSavedArticle();
  // Remote images would be the page's only network requests: load them only when online.
  current = renderArticleView(mount, saved.article, { showImages: navigator.onLine });
}

export function closeSavedArticle(): void {
  current?.destroy();
  current = null;
}
