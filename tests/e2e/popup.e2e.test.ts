/**
 * The popup in real Chromium: one click (here: the popup opened as a tab for the page's tab), and
 * the article is there, clean, with every cited source lit and a panel that jumps to mentions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './support/axe';
import { launchChromium, type ExtensionBrowser } from './support/launch-chromium';
import { repoRoot, servePages, type PageServer } from './support/serve-pages';

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

async function openPopupFor(pagePath: string): Promise<{ popup: Page; tabId: number }> {
  const url = `${server.origin}${pagePath}`;
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await browser.tabIdOf(url);
  const popup = await browser.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
  await popup.setViewportSize({ width: 780, height: 600 });
  return { popup, tabId };
}

const SEED_SOURCES = [
  { name: 'Jens Stoltenberg', kind: 'person' },
  { name: 'BILD', kind: 'media' },
  { name: 'Reuters', kind: 'media' },
  { name: 'a NATO official', kind: 'anonymous' },
];

describe('the popup on the sample news page', () => {
  let popup: Page;

  beforeAll(async () => {
    ({ popup } = await openPopupFor('/sample/stoltenberg-nato.html'));
    await popup.locator('.sl-article-title').waitFor();
    // README screenshots, of the popup as it first opens: SOURCELIGHT_SCREENSHOTS=1.
    if (process.env.SOURCELIGHT_SCREENSHOTS) {
      await mkdir(path.join(repoRoot, 'docs/screenshots'), { recursive: true });
      for (const colorScheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme });
        await popup.screenshot({
          path: path.join(repoRoot, `docs/screenshots/popup-${colorScheme}.png`),
        });
      }
      await popup.emulateMedia({ colorScheme: 'light' });
    }
  });

  it('shows the cleaned article with its title, byline and reading time', async () => {
    expect(await popup.locator('.sl-article-title').textContent()).toMatch(
      /Stoltenberg: Russian personnel expelled/,
    );
    expect(await popup.locator('.sl-reading').textContent()).toMatch(/min read/);
    const body = (await popup.locator('.sl-article-body').textContent()) ?? '';
    expect(body).toContain('In an interview with BILD');
    // What Readability leaves in and Sourcelight cleans: the related list and the donation appeal.
    expect(body).not.toMatch(/Read also/i);
    expect(body).not.toMatch(/Become a patron/i);
  });

  it('lists the four cited sources of the seed story with their kinds', async () => {
    const listed = await popup.locator('.sl-source').evaluateAll((buttons) =>
      buttons.map((b) => ({
        name: b.querySelector('.sl-source-name')?.textContent ?? '',
        kind: [...b.classList].find((c) => c.startsWith('sl-kind-'))?.slice(8) ?? '',
      })),
    );
    for (const expected of SEED_SOURCES) expect(listed).toContainEqual(expected);
    // Nothing else, except NATO itself (its "statement" is only implied: optional in the labels).
    expect(
      listed.filter((s) => !SEED_SOURCES.some((e) => e.name === s.name)).map((s) => s.name),
    ).toEqual(expect.arrayContaining([]));
    expect(listed.length).toBeLessThanOrEqual(5);
    expect(await popup.locator('.sl-sources-summary').textContent()).toMatch(/1 anonymous/);
  });

  it('highlights every mention in the text with its kind', async () => {
    for (const { name, kind } of SEED_SOURCES) {
      const id = await popup
        .locator('.sl-source', { hasText: name })
        .getAttribute('data-source-id');
      const marks = popup.locator(`.sl-article-body mark.sl-kind-${kind}[data-source-id="${id}"]`);
      expect(await marks.count(), name).toBeGreaterThan(0);
    }
    // Direct quotes are marked too, tied to their speaker.
    expect(await popup.locator('.sl-article-body mark.sl-quote').count()).toBeGreaterThan(0);
  });

  it('jumps through the mentions of a source from the panel', async () => {
    const button = popup.locator('.sl-source', { hasText: 'Jens Stoltenberg' });
    const id = await button.getAttribute('data-source-id');
    const total = await popup
      .locator(`.sl-article-body mark.sl-mark:not(.sl-quote)[data-source-id="${id}"]`)
      .count();
    expect(total).toBeGreaterThan(1);
    await button.click();
    const first = await popup.evaluate(() => document.activeElement?.textContent);
    expect(await popup.locator('.sl-jump-status').textContent()).toMatch(
      new RegExp(`mention 1 of ${total}`),
    );
    await button.click();
    const second = await popup.evaluate(() => document.activeElement?.textContent);
    expect(await popup.locator('.sl-jump-status').textContent()).toMatch(
      new RegExp(`mention 2 of ${total}`),
    );
    expect(first).toMatch(/Stoltenberg|Secretary/);
    expect(second).toMatch(/Stoltenberg|Secretary/);
    expect(await popup.locator('mark.sl-current').count()).toBeGreaterThan(0);
  });

  it('names the source, its kind and the cue when a mark is focused', async () => {
    await popup.locator('.sl-article-body mark.sl-kind-media', { hasText: 'BILD' }).first().focus();
    expect(await popup.locator('.sl-tooltip').textContent()).toMatch(
      /BILD · news outlet · in an interview with/,
    );
  });

  it('hides a kind when its filter is switched off', async () => {
    const chip = popup.locator('.sl-chip[data-kind="anonymous"]');
    await chip.click();
    expect(await chip.getAttribute('aria-pressed')).toBe('false');
    expect(await popup.locator('.sl-source', { hasText: 'a NATO official' }).isVisible()).toBe(
      false,
    );
    await chip.click();
    expect(await popup.locator('.sl-source', { hasText: 'a NATO official' }).isVisible()).toBe(
      true,
    );
  });

  it('copies the article as Markdown', async () => {
    // Extension origins cannot be granted clipboard-read in a test, so record what the popup
    // hands to the real clipboard.writeText on its way through.
    await popup.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      clipboard.writeText = (text: string) => {
        (window as unknown as { copied: string }).copied = text;
        return write(text);
      };
    });
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => popup.locator('.sl-toast').textContent()).toBe('Copied as Markdown');
    const copied = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied).toMatch(/^# Stoltenberg: Russian personnel/);
    expect(copied).toContain('NATO Secretary-General Jens Stoltenberg revealed');
  });

  it('has no serious accessibility violations, light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      expect(await seriousAxeViolations(popup), colorScheme).toEqual([]);
    }
  });

  it('opens instantly the second time, from the per-tab cache', async () => {
    const tabId = Number(new URL(popup.url()).searchParams.get('tabId'));
    const cached = await browser.worker.evaluate(
      async (id) =>
        (await chrome.storage.session.get(`article:${id}`))[`article:${id}`] !== undefined,
      tabId,
    );
    expect(cached).toBe(true);
    const again = await browser.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
    await again.locator('.sl-article-title').waitFor();
    expect(await again.locator('.sl-source').count()).toBeGreaterThanOrEqual(4);
  });
});

describe('the popup where there is nothing to read', () => {
  it('explains that browser pages cannot be read', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version');
    await page.bringToFront();
    const tabId = await browser.worker.evaluate(async () => {
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return active?.id ?? -1;
    });
    const popup = await browser.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
    await expect
      .poll(() => popup.locator('#sl-state h2').textContent())
      .toMatch(/cannot read this page/i);
  });
});

describe('the popup fetches nothing the page has not', () => {
  it('leaves a lazy image below the page, outside the article, unloaded', async () => {
    const lazyImage = '/tests/e2e/pages/pier.svg?below-the-footer';
    const article = await readFile(
      path.join(repoRoot, 'tests/e2e/pages/reader-article.html'),
      'utf8',
    );
    server.route(
      '/lazy-footer.html',
      article.replace(
        '</body>',
        `<footer style="margin-top: 30000px"><img src="${lazyImage}" loading="lazy" alt="Promo"></footer></body>`,
      ),
    );
    const { popup } = await openPopupFor('/lazy-footer.html');
    await popup.locator('.sl-article-title').waitFor();
    expect(await popup.locator('.sl-article-body img[alt="Promo"]').count()).toBe(0);
    // Give a stray request time to arrive; none may.
    await popup.waitForTimeout(500);
    expect(server.requested).toContain('/lazy-footer.html');
    expect(server.requested).not.toContain(lazyImage);
  });
});

describe('the popup against a hostile page', () => {
  it('runs nothing from the page and still shows the article', async () => {
    const dialogs: string[] = [];
    const { popup } = await openPopupFor('/tests/e2e/pages/xss-article.html');
    popup.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await popup.locator('.sl-article-title').waitFor();
    await popup.locator('.sl-article-body p').first().hover();
    await popup.locator('.sl-article-body').click({ position: { x: 5, y: 5 } });
    const found = await popup.evaluate(() => {
      const body = document.querySelector('.sl-article-body')!;
      return {
        pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
        scripts: body.querySelectorAll('script, style, object, embed, form, input, base, meta')
          .length,
        handlers: [...body.querySelectorAll('*')].filter((e) =>
          [...e.attributes].some((a) => a.name.startsWith('on')),
        ).length,
        badUrls: [...body.querySelectorAll('[href], [src], [xlink\\:href]')].filter((e) =>
          /^\s*(javascript|data):/i.test(
            e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('xlink:href') ?? '',
          ),
        ).length,
        frames: body.querySelectorAll('iframe').length,
        ids: body.querySelectorAll('[id]').length,
      };
    });
    expect(found).toEqual({ pwned: null, scripts: 0, handlers: 0, badUrls: 0, frames: 0, ids: 0 });
    expect(dialogs).toEqual([]);
    // The popup's own elements were not clobbered: the panel and actions still work.
    expect(await popup.locator('.sl-article-title').textContent()).toMatch(/harbour plan/);
    expect(await popup.locator('.sl-source').count()).toBeGreaterThan(0);
    await popup.getByRole('button', { name: 'Settings' }).click();
    expect(await popup.locator('#sl-settings').isVisible()).toBe(true);
  });
});
