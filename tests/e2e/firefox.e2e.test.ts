/**
 * The same first round trip in Firefox ESR: the extension installs, the detection content script
 * reports, the background lights the button (badge) for the tab, and the popup page, opened as a
 * tab for that page, shows the article state and title.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxWithExtension } from './support/launch-firefox';
import { servePages, type PageServer } from './support/serve-pages';

let firefox: FirefoxWithExtension;
let server: PageServer;

beforeAll(async () => {
  server = await servePages();
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function popupFor(
  pagePath: string,
  expectedStatus: RegExp,
): Promise<{ popup: Page; tabId: number; page: Page }> {
  const page = await firefox.browser.newPage();
  await page.goto(`${server.origin}${pagePath}`);
  const { page: popup, tabId } = await firefox.openExtensionPageFor(page, 'popup/popup.html');
  await popup.waitForFunction(
    (pattern) =>
      new RegExp(pattern, 'i').test(document.getElementById('sl-status')?.textContent ?? ''),
    { timeout: 15_000 },
    expectedStatus.source,
  );
  return { popup, tabId, page };
}

const badge = (popup: Page, tabId: number): Promise<string> =>
  popup.evaluate(
    (id) =>
      (
        globalThis as unknown as {
          browser: { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
        }
      ).browser.action.getBadgeText({ tabId: id }),
    tabId,
  );

describe('Sourcelight in Firefox', () => {
  it('lights the button and names the article in the popup on a news page', async () => {
    const { popup, tabId } = await popupFor(
      '/sample/stoltenberg-nato.html',
      /news article · \d+ cited/,
    );
    expect(await popup.$eval('.sl-article-title', (el) => el.textContent)).toMatch(/Stoltenberg/);
    // The extraction bundle ran in the page and its sources came back highlighted.
    expect(
      await popup.$$eval('.sl-article-body mark.sl-kind-media', (marks) =>
        marks.map((m) => m.textContent),
      ),
    ).toEqual(expect.arrayContaining(['BILD', 'Reuters']));
    expect(await badge(popup, tabId)).not.toBe('');
  });

  it('leaves the button dim on a shop page', async () => {
    const { popup, tabId } = await popupFor(
      '/tests/e2e/pages/shop-category.html',
      /not an article/,
    );
    expect(await badge(popup, tabId)).toBe('');
  });

  it('opens the reader over the page and closes it, leaving the page as it was', async () => {
    const { popup, page } = await popupFor('/sample/stoltenberg-nato.html', /news article/);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const readerButton = await popup.waitForSelector('button::-p-text(Reader view)');
    await readerButton!.click();
    await page.waitForFunction(() => document.querySelector('sourcelight-reader') !== null);
    await readerButton!.click();
    await page.waitForFunction(() => document.querySelector('sourcelight-reader') === null);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  it('saves the article to the library', async () => {
    const { popup } = await popupFor('/sample/stoltenberg-nato.html?save', /news article/);
    const save = await popup.waitForSelector('.sl-save-button');
    await save!.click();
    await popup.waitForFunction(() =>
      /Saved|Updated/.test(document.querySelector('.sl-save-note')?.textContent ?? ''),
    );
    expect(await popup.$eval('.sl-save-button', (el) => el.textContent)).toBe('Saved ✓');
  });

  it('offers the one-click grant on a site it may not read yet', async () => {
    // A second site, at another loopback address, that the test bridge does not match. With
    // host access withdrawn (as a user can in about:addons), Firefox lets nothing read it.
    const other = await servePages('127.0.0.2');
    try {
      const { popup } = await popupFor('/sample/stoltenberg-nato.html?first', /news article/);
      await popup.evaluate(() =>
        (
          globalThis as unknown as {
            browser: { permissions: { remove(p: { origins: string[] }): Promise<boolean> } };
          }
        ).browser.permissions.remove({ origins: ['http://*/*', 'https://*/*'] }),
      );
      const page = await firefox.browser.newPage();
      await page.goto(`${other.origin}/sample/stoltenberg-nato.html`);
      // The newest tab is that page: point the popup at it, as its toolbar button would.
      await popup.evaluate(async () => {
        const api = (
          globalThis as unknown as {
            browser: { tabs: { query(q: object): Promise<{ id: number }[]> } };
          }
        ).browser;
        const ids = (await api.tabs.query({})).map((tab) => tab.id);
        location.search = `?tabId=${Math.max(...ids)}`;
      });
      await popup.waitForFunction(
        () =>
          document.querySelector('#sl-state h2')?.textContent === 'Allow Sourcelight on this site',
        { timeout: 15_000 },
      );
      expect(await popup.$eval('#sl-state button', (el) => el.textContent)).toBe(
        'Allow on this site',
      );
    } finally {
      await other.close();
    }
  });
});
