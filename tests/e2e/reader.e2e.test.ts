/**
 * The reader view in real Chromium: opened over the page from the popup's message, the keyboard
 * command and the context menu (their registered listeners, dispatched in the service worker),
 * its settings (live, across tabs, across a worker restart), per-site auto-open, and closing it
 * leaving the page exactly as it was. The reader lives in a CLOSED shadow root, which page
 * scripts (and Playwright locators) cannot enter; the test reads it through DevTools' DOM
 * domain, which can.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from './support/launch-chromium';
import { repoRoot, servePages, type PageServer } from './support/serve-pages';

let browser: ExtensionBrowser;
let server: PageServer;
let extensionPage: Page;

beforeAll(async () => {
  server = await servePages();
  // SOURCELIGHT_EXTENSION_DIR: a private copy of dist/chrome, when others rebuild dist meanwhile.
  browser = await launchChromium();
  extensionPage = await browser.openExtensionPage('popup/popup.html?tabId=1');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ARTICLE = '/tests/e2e/pages/reader-article.html';
const LIVE_ARTICLE = '/tests/e2e/pages/reader-live-article.html';

let opened = 0;

async function openPage(pathname: string): Promise<{ page: Page; tabId: number; cdp: CDPSession }> {
  const page = await browser.context.newPage();
  // A URL of its own, so that tabIdOf finds this tab even if an earlier test left one open.
  opened += 1;
  const url = `${server.origin}${pathname}${pathname.includes('?') ? '&' : '?'}tab=${opened}`;
  await page.goto(url);
  const tabId = await browser.tabIdOf(url);
  return { page, tabId, cdp: await browser.context.newCDPSession(page) };
}

/** What the popup's "Reader view" button sends. */
async function toggleFromPopup(tabId: number): Promise<{ ok: boolean; open?: boolean }> {
  const reply = (await extensionPage.evaluate(
    (id) => chrome.runtime.sendMessage({ name: 'reader/toggle', request: { tabId: id } }),
    tabId,
  )) as { ok: boolean; value: { ok: boolean; open?: boolean } };
  expect(reply.ok).toBe(true);
  return reply.value;
}

const hasReader = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.querySelector('sourcelight-reader') !== null);

/**
 * Runs `fn` (a function source, `this` = the element) on each element matching `selector` inside
 * the reader's closed shadow root and returns the results.
 */
async function inReader<T>(cdp: CDPSession, selector: string, fn: string): Promise<T[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const html = root.children?.find((node) => node.nodeName === 'HTML');
  const host = html?.children?.find((node) => node.nodeName === 'SOURCELIGHT-READER');
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return [];
  expect(shadow.shadowRootType).toBe('closed');
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector });
  const results: T[] = [];
  for (const nodeId of nodeIds) {
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn,
      returnByValue: true,
      awaitPromise: true,
    });
    results.push(result.value as T);
  }
  return results;
}

const click = (cdp: CDPSession, selector: string) =>
  inReader(cdp, selector, 'function () { this.click(); }');
const readerTheme = async (cdp: CDPSession) =>
  (await inReader<string>(cdp, '.sl-reader', 'function () { return this.dataset.theme; }'))[0];

describe('opening the reader', () => {
  it('covers the page with the article, its highlighted sources and the sources panel', async () => {
    const { page, tabId, cdp } = await openPage(ARTICLE);
    expect(await toggleFromPopup(tabId)).toEqual({ ok: true, open: true });
    expect(await hasReader(page)).toBe(true);
    const title = await inReader<string>(
      cdp,
      '.sl-article-title',
      'function () { return this.textContent; }',
    );
    expect(title[0]).toMatch(/harbour pier/);
    const marks = await inReader<string>(
      cdp,
      '.sl-article-body mark.sl-mark:not(.sl-quote)',
      'function () { return this.textContent; }',
    );
    expect(marks).toContain('Mayor Lena Holt');
    const sources = await inReader<string>(
      cdp,
      '.sl-source-name',
      'function () { return this.textContent; }',
    );
    expect(sources).toContain('Tomas Berg');
    const caption = await inReader<string>(
      cdp,
      'figcaption',
      'function () { return this.textContent; }',
    );
    expect(caption[0]).toMatch(/closed since January/);
    // The page's `mark, div { color: red !important }` and letter-spacing do not reach the reader.
    const style = await inReader<[string, string]>(
      cdp,
      '.sl-article-body mark.sl-kind-person',
      'function () { const s = getComputedStyle(this); return [s.color, s.letterSpacing]; }',
    );
    expect(style[0]![0]).not.toBe('rgb(255, 0, 0)');
    expect(style[0]![1]).toBe('normal');
    await page.close();
  });
});

describe('saving from the reader', () => {
  it('puts the article into the library', async () => {
    const { page, tabId, cdp } = await openPage(ARTICLE);
    expect(await toggleFromPopup(tabId)).toEqual({ ok: true, open: true });
    await click(cdp, '[data-action="save"]');
    await expect
      .poll(
        async () =>
          (
            await inReader<string>(cdp, '.sl-save-note', 'function () { return this.textContent; }')
          )[0],
      )
      .toBe('Saved to your library');
    const library = await browser.openExtensionPage('src/library/library.html');
    await expect.poll(() => library.locator('body').textContent()).toMatch(/harbour pier/);
    await library.close();
    await page.close();
  });
});

describe('the popup', () => {
  it('opens and closes the reader with its "Reader view" button', async () => {
    const { page, tabId } = await openPage(ARTICLE);
    const popup = await browser.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
    const button = popup.getByRole('button', { name: 'Reader view' });
    await button.click();
    await expect.poll(() => hasReader(page)).toBe(true);
    await button.click();
    await expect.poll(() => hasReader(page)).toBe(false);
    await popup.close();
    await page.close();
  });
});

describe('closing the reader', () => {
  it('restores the same DOM, the same nodes and the same scroll position', async () => {
    const { page, tabId, cdp } = await openPage(ARTICLE);
    await page.evaluate(() => {
      window.scrollTo(0, 700);
      (window as unknown as { marker: Element | null }).marker =
        document.querySelector('article p');
    });
    const before = await page.evaluate(
      () => [document.documentElement.outerHTML, window.scrollY] as const,
    );
    expect(before[1]).toBe(700);

    await toggleFromPopup(tabId);
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, 900);
    await expect
      .poll(
        async () =>
          (
            await inReader<number>(cdp, '.sl-scroller', 'function () { return this.scrollTop; }')
          )[0],
      )
      .toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(700);
    await page.keyboard.press('Escape');
    expect(await hasReader(page)).toBe(false);

    const after = await page.evaluate(
      () => [document.documentElement.outerHTML, window.scrollY] as const,
    );
    expect(after).toEqual(before);
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { marker: Element }).marker === document.querySelector('article p'),
      ),
    ).toBe(true);

    // The same toggle closes it too.
    expect(await toggleFromPopup(tabId)).toEqual({ ok: true, open: true });
    expect(await toggleFromPopup(tabId)).toEqual({ ok: true, open: false });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before[0]);
    await page.close();
  });

  it('leaves a page that keeps changing its own DOM working and untouched', async () => {
    const { page, tabId } = await openPage(LIVE_ARTICLE);
    const ticks = () => page.evaluate(() => (window as unknown as { ticks: number }).ticks);
    // Page-made changes are masked: what must match is everything else.
    const markup = () =>
      page.evaluate(() =>
        document.documentElement.outerHTML
          .replace(/Updated? \d+( times)?/g, 'N')
          .replace(/data-tick="\d+"/g, ''),
      );
    await expect.poll(ticks).toBeGreaterThan(5);
    const before = await markup();
    expect(await toggleFromPopup(tabId)).toEqual({ ok: true, open: true });
    const whileOpen = await ticks();
    await page.waitForTimeout(300);
    expect(await ticks()).toBeGreaterThan(whileOpen);
    expect(await toggleFromPopup(tabId)).toEqual({ ok: true, open: false });
    expect(await markup()).toBe(before);
    const afterClose = await ticks();
    await page.waitForTimeout(200);
    expect(await ticks()).toBeGreaterThan(afterClose);
    await page.close();
  });

  it('leaks no listeners or nodes over a hundred toggles', async () => {
    const { page, tabId, cdp } = await openPage(ARTICLE);
    /** Listeners on the page's window and document (from any world), and the renderer's nodes. */
    const counters = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      let listeners = 0;
      for (const expression of ['window', 'document']) {
        const { result } = await cdp.send('Runtime.evaluate', {
          expression,
          contextId: readerWorld,
        });
        const found = await cdp.send('DOMDebugger.getEventListeners', {
          objectId: result.objectId!,
        });
        listeners += found.listeners.length;
      }
      const { nodes } = await cdp.send('Memory.getDOMCounters');
      return { listeners, nodes };
    };
    // One round first: the reader bundle and the cached article are then in place.
    await toggleFromPopup(tabId);
    await toggleFromPopup(tabId);
    // The reader's listeners live in the extension's isolated world of the page.
    const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => void worlds.push(context));
    await cdp.send('Runtime.enable');
    const readerWorld = worlds.find(
      (world) => world.auxData?.type === 'isolated' && world.name === 'Sourcelight',
    )?.id;
    expect(readerWorld).toBeDefined();
    // The warm-up reader's nodes may outlive one collection: take the baseline only once the
    // count has settled, or the new reader's nodes can hide behind the old ones going away.
    let baseline = await counters();
    for (let settled = 0, tries = 0; settled < 2 && tries < 20; tries += 1) {
      const next = await counters();
      settled = next.nodes === baseline.nodes ? settled + 1 : 0;
      baseline = next;
    }
    expect(await toggleFromPopup(tabId)).toEqual({ ok: true, open: true });
    const open = await counters();
    expect(open.listeners).toBeGreaterThan(baseline.listeners);
    expect(open.nodes).toBeGreaterThan(baseline.nodes);
    for (let i = 0; i < 99; i += 1) await toggleFromPopup(tabId);
    expect(await hasReader(page)).toBe(false);
    // Nodes go when the garbage collector gets to them: collect until it has.
    await expect
      .poll(async () => (await counters()).nodes, { timeout: 10_000 })
      .toBe(baseline.nodes);
    expect((await counters()).listeners).toBe(baseline.listeners);
    await page.close();
  }, 120_000);
});

describe('reader settings', () => {
  it('apply live, reach the other tabs, and survive a service-worker restart', async () => {
    const first = await openPage(ARTICLE);
    const second = await openPage(`${ARTICLE}?second`);
    await toggleFromPopup(first.tabId);
    await toggleFromPopup(second.tabId);

    await click(first.cdp, 'button[data-action="settings"]');
    await click(first.cdp, 'button[data-theme="dark"]');
    await inReader(
      first.cdp,
      'input[name="size"]',
      "function () { this.value = '24'; this.dispatchEvent(new Event('input')); }",
    );
    await inReader(
      first.cdp,
      'select[name="font"]',
      "function () { this.value = 'dyslexic'; this.dispatchEvent(new Event('change')); }",
    );
    expect(await readerTheme(first.cdp)).toBe('dark');
    const bodyFont = 'function () { return getComputedStyle(this).fontFamily; }';
    expect((await inReader<string>(first.cdp, '.sl-article-body', bodyFont))[0]).toMatch(
      /OpenDyslexic/,
    );
    // The dyslexia face is really there (loaded from the bundle, not a fallback).
    await expect
      .poll(() =>
        first.page.evaluate(() => document.fonts.check('16px "Sourcelight OpenDyslexic"')),
      )
      .toBe(true);

    // The other tab follows, through storage.sync's change event.
    await expect.poll(() => readerTheme(second.cdp)).toBe('dark');
    const size = "function () { return getComputedStyle(this).getPropertyValue('--rd-size'); }";
    await expect
      .poll(async () => (await inReader<string>(second.cdp, '.sl-reader', size))[0])
      .toBe('24px');

    // Stop the service worker; the next toggle starts a fresh one with fresh globals.
    const internals = await browser.context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    await internals.getByText('Stop', { exact: true }).first().click();
    await internals.close();
    expect(await toggleFromPopup(second.tabId)).toEqual({ ok: true, open: false });
    expect(await toggleFromPopup(second.tabId)).toEqual({ ok: true, open: true });
    expect(await readerTheme(second.cdp)).toBe('dark');
    expect((await inReader<string>(second.cdp, '.sl-reader', size))[0]).toBe('24px');
    expect(
      (
        await inReader<string>(
          second.cdp,
          'select[name="font"]',
          'function () { return this.value; }',
        )
      )[0],
    ).toBe('dyslexic');

    // Leave the defaults for the tests after this one.
    await browser.worker.evaluate(() => chrome.storage.sync.remove('readerSettings'));
    await first.page.close();
    await second.page.close();
  });
});

describe('the keyboard command and the context menu', () => {
  it('has a keyboard shortcut Chrome actually assigned', async () => {
    const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
    const toggle = commands.find((command) => command.name === 'toggle-reader');
    expect(toggle?.shortcut).toBe('Alt+Shift+Q');
  });

  it('toggles the reader from the command the extension registered', async () => {
    const { page, tabId } = await openPage(ARTICLE);
    const press = () =>
      browser.worker.evaluate(async (id) => {
        const tab = await chrome.tabs.get(id);
        // The listeners the product added, called as Chrome calls them on a key press.
        (
          chrome.commands.onCommand as unknown as { dispatch(c: string, t: chrome.tabs.Tab): void }
        ).dispatch('toggle-reader', tab);
      }, tabId);
    await press();
    await expect.poll(() => hasReader(page)).toBe(true);
    await press();
    await expect.poll(() => hasReader(page)).toBe(false);
    await page.close();
  });

  it('toggles the reader from its context-menu entry', async () => {
    const { page, tabId } = await openPage(ARTICLE);
    const choose = () =>
      browser.worker.evaluate(async (id) => {
        const tab = await chrome.tabs.get(id);
        const info = { menuItemId: 'sourcelight-reader', editable: false, pageUrl: tab.url };
        (
          chrome.contextMenus.onClicked as unknown as {
            dispatch(i: unknown, t: chrome.tabs.Tab): void;
          }
        ).dispatch(info, tab);
      }, tabId);
    await choose();
    await expect.poll(() => hasReader(page)).toBe(true);
    await choose();
    await expect.poll(() => hasReader(page)).toBe(false);
    await page.close();
  });
});

describe('always open on this site', () => {
  it('opens the reader on the next article of the site, and the same control undoes it', async () => {
    const first = await openPage(ARTICLE);
    await toggleFromPopup(first.tabId);
    await click(first.cdp, 'input[name="always-open"]');
    await expect
      .poll(() =>
        browser.worker.evaluate(
          async () => (await chrome.storage.sync.get('readerSites')).readerSites,
        ),
      )
      .toEqual(['127.0.0.1']);

    const next = await openPage(`${LIVE_ARTICLE}?auto`);
    await expect.poll(() => hasReader(next.page), { timeout: 10_000 }).toBe(true);
    expect(
      (
        await inReader<boolean>(
          next.cdp,
          'input[name="always-open"]',
          'function () { return this.checked; }',
        )
      )[0],
    ).toBe(true);

    // Undo from the reader's toolbar.
    await click(next.cdp, 'input[name="always-open"]');
    await expect
      .poll(() =>
        browser.worker.evaluate(
          async () => (await chrome.storage.sync.get('readerSites')).readerSites,
        ),
      )
      .toEqual([]);
    // The first tab's control follows the change.
    await expect
      .poll(
        async () =>
          (
            await inReader<boolean>(
              first.cdp,
              'input[name="always-open"]',
              'function () { return this.checked; }',
            )
          )[0],
      )
      .toBe(false);

    const later = await openPage(`${ARTICLE}?later`);
    // Wait until the detection report was handled: auto-open would have happened by then.
    await expect
      .poll(() =>
        browser.worker.evaluate(
          async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] !== undefined,
          later.tabId,
        ),
      )
      .toBe(true);
    await later.page.waitForTimeout(500);
    expect(await hasReader(later.page)).toBe(false);
    for (const { page } of [first, next, later]) await page.close();
  });
});

describe('themes', () => {
  it('shows light, sepia and dark, each with its own colours, and follows the system', async () => {
    const { page, tabId, cdp } = await openPage(ARTICLE);
    await page.setViewportSize({ width: 1100, height: 760 });
    await toggleFromPopup(tabId);
    const backgrounds = new Map<string, string>();
    for (const theme of ['light', 'sepia', 'dark']) {
      await browser.worker.evaluate(
        (t) => chrome.storage.sync.set({ readerSettings: { theme: t } }),
        theme,
      );
      await expect.poll(() => readerTheme(cdp)).toBe(theme);
      const [background] = await inReader<string>(
        cdp,
        '.sl-reader',
        'function () { return getComputedStyle(this).backgroundColor; }',
      );
      backgrounds.set(theme, background!);
      const shot = await page.screenshot();
      // README screenshots: SOURCELIGHT_SCREENSHOTS=1 writes them to docs/screenshots.
      if (process.env.SOURCELIGHT_SCREENSHOTS === '1') {
        const dir = path.join(repoRoot, 'docs/screenshots');
        await mkdir(dir, { recursive: true });
        await writeFile(path.join(dir, `reader-${theme}.png`), shot);
      }
    }
    expect(new Set(backgrounds.values()).size).toBe(3);
    // "Follow the system" takes the light colours on a light system and the dark on a dark one.
    await browser.worker.evaluate(() =>
      chrome.storage.sync.set({ readerSettings: { theme: 'system' } }),
    );
    await expect.poll(() => readerTheme(cdp)).toBe('system');
    const systemBackground = () =>
      inReader<string>(
        cdp,
        '.sl-reader',
        'function () { return getComputedStyle(this).backgroundColor; }',
      ).then(([background]) => background);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expect.poll(systemBackground).toBe(backgrounds.get(colorScheme));
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await browser.worker.evaluate(() => chrome.storage.sync.remove('readerSettings'));
    await page.close();
  });
});
