/**
 * The library in real Chromium: save the sample article from the popup, save two tabs at once,
 * find the article by search, read it with its server stopped, export Markdown and JSON, and
 * import that JSON into a fresh profile with nothing lost.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from './support/launch-chromium';
import { servePages, type PageServer } from './support/serve-pages';

const LIBRARY = 'src/library/library.html';

let browser: ExtensionBrowser;
let server: PageServer;
let exportedJson = '';

/** A news article page of our own, with attributed statements, for the second and third tab. */
function newsPage(title: string, speaker: string): string {
  const paragraph = `“We will reopen the crossing before the end of the month,” ${speaker} said on Monday, adding that repairs to the quay were ahead of schedule. The regional transport office said in a statement that ferries would run every forty minutes once the work was finished.`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2024-05-02T08:00:00Z"></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${title}</h1>
<p class="byline">By Test Writer</p>${`<p>${paragraph}</p>`.repeat(8)}</article></main></body></html>`;
}

async function textOf(download: Download): Promise<string> {
  const file = await download.path();
  return readFile(file, 'utf8');
}

async function openTab(url: string): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return browser.tabIdOf(url);
}

async function exportAllJson(library: Page): Promise<{ articles: unknown[] }> {
  const [download] = await Promise.all([
    library.waitForEvent('download'),
    library.click('#lib-export-json'),
  ]);
  return JSON.parse(await textOf(download)) as { articles: unknown[] };
}

beforeAll(async () => {
  server = await servePages();
  server.route(
    '/news/ferry-crossing.html',
    newsPage('Ferry crossing to reopen', 'Harbour master Ana Ruiz'),
  );
  server.route(
    '/news/quay-repairs.html',
    newsPage('Quay repairs ahead of schedule', 'Engineer Tomas Lind'),
  );
  // SOURCELIGHT_EXTENSION_DIR: a private copy of dist/chrome, when others rebuild dist meanwhile.
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the library', () => {
  it('saves the tab from the popup, and the popup then shows it as saved', async () => {
    const url = `${server.origin}/sample/stoltenberg-nato.html?utm_source=test#top`;
    const tabId = await openTab(url);
    const popup = await browser.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
    await popup.locator('.sl-save-button').click();
    await expect.poll(() => popup.locator('.sl-save').getAttribute('data-saved')).toBe('true');
    expect(await popup.locator('.sl-save-note').textContent()).toBe('Saved');

    const again = await browser.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
    await expect.poll(() => again.locator('.sl-save-button').textContent()).toMatch(/Saved/);
    await again.locator('.sl-save-button').click();
    await expect.poll(() => again.locator('.sl-save-note').textContent()).toBe('Updated');
  });

  it('loses nothing when two tabs are saved at once', async () => {
    const first = await openTab(`${server.origin}/news/ferry-crossing.html`);
    const second = await openTab(`${server.origin}/news/quay-repairs.html`);
    const library = await browser.openExtensionPage(LIBRARY);
    const results = await library.evaluate(
      (tabIds) =>
        Promise.all(
          tabIds.map((tabId) =>
            chrome.runtime.sendMessage({ name: 'library/save', request: { tabId } }),
          ),
        ),
      [first, second],
    );
    expect(results).toEqual([
      expect.objectContaining({ ok: true, value: expect.objectContaining({ ok: true }) }),
      expect.objectContaining({ ok: true, value: expect.objectContaining({ ok: true }) }),
    ]);
    await expect.poll(() => library.locator('.lib-row').count()).toBe(3);
    expect(await library.locator('#lib-count').textContent()).toBe('3 articles');
  });

  it('finds the article by search and opens it offline, highlights included', async () => {
    const library = await browser.openExtensionPage(LIBRARY);
    await expect.poll(() => library.locator('.lib-row').count()).toBe(3);
    await library.locator('#lib-search').fill('Stoltenberg');
    await expect.poll(() => library.locator('.lib-row').count()).toBe(1);
    const title = library.locator('.lib-row-title');
    expect(await title.textContent()).toMatch(/Stoltenberg/);
    expect(await library.locator('.lib-row-meta').textContent()).toMatch(/min read · \d+ sources?/);

    await server.close();
    await title.click();
    await expect
      .poll(() => library.locator('#lib-article .sl-article-title').textContent())
      .toMatch(/Stoltenberg/);
    expect(await library.locator('#lib-article mark.sl-mark').count()).toBeGreaterThan(0);
    expect(await library.locator('#lib-article .sl-side').count()).toBe(1);
    // The view's stylesheet comes with the view (loaded on first open, not with the list).
    expect(
      await library
        .locator('#lib-article .sl-side')
        .evaluate((side) => getComputedStyle(side).position),
    ).toBe('sticky');

    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.click('#lib-one-md'),
    ]);
    expect(download.suggestedFilename()).toMatch(/stoltenberg.*\.md$/);
    const markdown = await textOf(download);
    expect(markdown).toMatch(/^# Stoltenberg/);
    expect(markdown).toContain('Source: <http://127.0.0.1');

    await library.click('#lib-back');
    await expect.poll(() => library.locator('#lib-main').isVisible()).toBe(true);
    const data = await exportAllJson(library);
    expect(data.articles).toHaveLength(3);
    exportedJson = JSON.stringify(data);
  });

  it('deletes with undo', async () => {
    const library = await browser.openExtensionPage(LIBRARY);
    await expect.poll(() => library.locator('.lib-row').count()).toBe(3);
    await library.locator('.lib-row-select').first().check();
    await library.click('#lib-delete');
    await expect.poll(() => library.locator('.lib-row').count()).toBe(2);
    await library.click('#lib-undo');
    await expect.poll(() => library.locator('.lib-row').count()).toBe(3);
  });

  it('imports the JSON into a fresh profile with nothing lost, and a second import adds nothing', async () => {
    expect(exportedJson).not.toBe('');
    await browser.close();
    browser = await launchChromium();
    const library = await browser.openExtensionPage(LIBRARY);
    const file = {
      name: 'library.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exportedJson),
    };
    await library.setInputFiles('#lib-import', file);
    await expect
      .poll(() => library.locator('#lib-toast-text').textContent())
      .toMatch(/Imported 3 new/);
    await expect.poll(() => library.locator('.lib-row').count()).toBe(3);

    const reexported = await exportAllJson(library);
    expect(reexported.articles).toEqual(
      (JSON.parse(exportedJson) as { articles: unknown[] }).articles,
    );

    await library.setInputFiles('#lib-import', file);
    await expect
      .poll(() => library.locator('#lib-toast-text').textContent())
      .toMatch(/Imported 0 new, 0 updated, 3 already here/);
    expect(await library.locator('#lib-count').textContent()).toBe('3 articles');
  });

  it('imports an article whose HTML hides a form behind controls named like DOM properties', async () => {
    // In a browser <input name="parentNode"> shadows the form's own parentNode, and DOMPurify's own
    // check for shadowed properties does not look at that one: the sanitizer must still drop the
    // form, not fail on the record.
    const library = await browser.openExtensionPage(LIBRARY);
    const data = JSON.parse(exportedJson) as { articles: { url: string; article: object }[] };
    const [first] = data.articles;
    if (!first) throw new Error('no exported article');
    const url = 'https://example.org/news/crafted-form.html';
    const html = '<p>Kept paragraph.</p><form><input name="parentNode"><label>Sign up</label></form>'; // prettier-ignore
    const crafted = { ...data, articles: [{ ...first, url, article: { ...first.article, html } }] };
    await library.setInputFiles('#lib-import', {
      name: 'crafted.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(crafted)),
    });
    await expect
      .poll(() => library.locator('#lib-toast-text').textContent())
      .toMatch(/Imported 1 new/);
    const saved = (await exportAllJson(library)).articles as {
      url: string;
      article: { html: string };
    }[];
    expect(saved.find((entry) => entry.url === url)?.article.html).toBe('<p>Kept paragraph.</p>');
  });
});
