/**
 * The first round trip, in real Chromium: the content script detects the page, the background
 * lights the toolbar button for that tab; the popup respects what the detector said.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ExtensionBrowser } from './support/launch-chromium';
import { servePages, type PageServer } from './support/serve-pages';

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await servePages();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function badgeOf(tabId: number): Promise<string> {
  return browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

async function openAndWaitForReport(url: string): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await browser.tabIdOf(url);
  // The report lands in session storage once the background has handled it.
  await expect
    .poll(
      () =>
        browser.worker.evaluate(
          async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] !== undefined,
          tabId,
        ),
      { timeout: 10_000 },
    )
    .toBe(true);
  return tabId;
}

describe('the toolbar button', () => {
  it('lights up on a news article', async () => {
    const tabId = await openAndWaitForReport(`${server.origin}/sample/stoltenberg-nato.html`);
    expect(await badgeOf(tabId)).not.toBe('');
    const title = await browser.worker.evaluate(async (id) => {
      const action = chrome.action as unknown as {
        getTitle(d: { tabId: number }): Promise<string>;
      };
      return action.getTitle({ tabId: id });
    }, tabId);
    expect(title).toMatch(/article found/i);
  });

  it('stays dim on a shop category page', async () => {
    const tabId = await openAndWaitForReport(`${server.origin}/tests/e2e/pages/shop-category.html`);
    expect(await badgeOf(tabId)).toBe('');
  });
});

describe('in a single-page app', () => {
  it('follows the page to the article after a history navigation', async () => {
    const url = `${server.origin}/tests/e2e/pages/spa.html`;
    const tabId = await openAndWaitForReport(url);
    expect(await badgeOf(tabId)).toBe('');
    const page = browser.context.pages().find((p) => p.url() === url)!;
    await page.click('a[href="/news/bridge"]');
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).not.toBe('');
  });
});

describe('with automatic detection turned off', () => {
  it('leaves every page alone until the user asks', async () => {
    await browser.worker.evaluate(() => chrome.storage.sync.set({ autoDetect: false }));
    try {
      const url = `${server.origin}/sample/stoltenberg-nato.html?off`;
      const page = await browser.context.newPage();
      await page.goto(url);
      const tabId = await browser.tabIdOf(url);
      // Give a detection report every chance to arrive; none may.
      await page.waitForTimeout(1500);
      expect(await badgeOf(tabId)).toBe('');
      const stored = await browser.worker.evaluate(
        async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`],
        tabId,
      );
      expect(stored).toBeUndefined();
      // The toolbar button still works on demand.
      const popup = await browser.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
      await expect
        .poll(() => popup.locator('.sl-article-title').textContent())
        .toMatch(/Stoltenberg/);
    } finally {
      await browser.worker.evaluate(() => chrome.storage.sync.set({ autoDetect: true }));
    }
  });
});

describe('the popup on a page the detector turned down', () => {
  it('says it is not an article and offers to try anyway', async () => {
    const url = `${server.origin}/tests/e2e/pages/shop-category.html`;
    const tabId = await openAndWaitForReport(url);
    const popup = await browser.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
    await expect
      .poll(() => popup.locator('#sl-state h2').textContent())
      .toMatch(/not look like an article/i);
    await popup.getByRole('button', { name: 'Try anyway' }).click();
    // Trying anyway runs the extractor on the page: it either finds text or says plainly it found none.
    await expect
      .poll(
        async () =>
          (await popup.locator('.sl-article-title').count()) +
          (await popup.locator('#sl-state h2').count()),
      )
      .toBeGreaterThan(0);
  });
});
