// Test-only content script (127.0.0.1 pages of the test server only), see background.js.
window.addEventListener('message', (event) => {
  if (event.source !== window || !event.data || event.data.sourcelightE2eOpen === undefined) return;
  browser.runtime.sendMessage({ e2eOpen: event.data.sourcelightE2eOpen }).then((reply) => {
    document.documentElement.dataset.sourcelightE2eTab = String(reply.tabId);
  });
});
