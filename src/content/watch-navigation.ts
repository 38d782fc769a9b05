/**
 * Single-page apps change the article without a page load. The content script's isolated world
 * cannot see the page's history.pushState calls, so it watches what it can see: popstate,
 * hashchange, and the document title/URL changing (a MutationObserver on <title> and a cheap
 * URL comparison on DOM changes), then calls back once things settle.
 */
const SETTLE_MS = 400;

export function watchNavigation(win: Window, onChange: () => void): () => void {
  let lastUrl = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (win.location.href === lastUrl) return;
      lastUrl = win.location.href;
      onChange();
    }, SETTLE_MS);
  };
  const observer = new MutationObserver(() => {
    if (win.location.href !== lastUrl) schedule();
  });
  observer.observe(win.document, { childList: true, subtree: true });
  win.addEventListener('popstate', schedule);
  win.addEventListener('hashchange', schedule);
  return () => {
    observer.disconnect();
    win.removeEventListener('popstate', schedule);
    win.removeEventListener('hashchange', schedule);
    if (timer !== undefined) clearTimeout(timer);
  };
}
