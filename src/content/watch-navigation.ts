/**
 * Single-page apps change the article without a page load. The content script's isolated world
 * cannot see the page's history.pushState calls, so it watches what it can see: popstate (which
 * hash changes fire too) and DOM changes after which the URL differs, then calls back once
 * things settle. It lives as long as the page, so it never unsubscribes.
 */
const SETTLE_MS = 400;

export function watchNavigation(win: Window, onChange: () => void): void {
  let lastUrl = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (win.location.href === lastUrl) return;
      lastUrl = win.location.href;
      onChange();
    }, SETTLE_MS);
  };
  new MutationObserver(() => {
    if (win.location.href !== lastUrl) schedule();
  }).observe(win.document, { childList: true, subtree: true });
  win.addEventListener('popstate', schedule);
}
