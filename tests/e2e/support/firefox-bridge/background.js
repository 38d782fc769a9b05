// Test-only, added to a COPY of dist/firefox by launch-firefox.ts, never to the product.
// WebDriver BiDi refuses to navigate to moz-extension:// URLs, so the test asks the extension to
// open its own page for the tab the request came from.
browser.runtime.onMessage.addListener((message, sender) => {
  if (!message || message.e2eOpen === undefined || !sender.tab) return undefined;
  const url = browser.runtime.getURL(`${message.e2eOpen}?tabId=${sender.tab.id}`);
  return browser.tabs.create({ url }).then(() => ({ tabId: sender.tab.id }));
});
