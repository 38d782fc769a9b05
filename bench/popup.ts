/**
 * npm run bench:popup — click-to-rendered time of the popup on the sample page, in headless
 * Chromium with the built extension (run `npm run build` first).
 *
 * "Click" is the popup page starting to load for the tab (the popup opened as a tab, as the e2e
 * tests do); "rendered" is the article title and its first source mark in the DOM. Each of the
 * 20 cold opens first drops the per-tab cache, so it pays for injecting the extraction bundle and
 * running the whole pipeline in the page; the 20 warm opens read the cache, as a second click does.
 */
import { launchChromium } from '../tests/e2e/support/launch-chromium';
import { servePages } from '../tests/e2e/support/serve-pages';

const RUNS = 20;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const p95 = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;

const server = await servePages();
const browser = await launchChromium();
try {
  const url = `${server.origin}/sample/stoltenberg-nato.html`;
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await browser.tabIdOf(url);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 780, height: 600 });
  const popupUrl = `chrome-extension://${browser.extensionId}/popup/popup.html?tabId=${tabId}`;

  const openOnce = async (cold: boolean): Promise<number> => {
    if (cold) {
      await browser.worker.evaluate((id) => chrome.storage.session.remove(`article:${id}`), tabId);
    }
    await popup.goto('about:blank');
    const started = performance.now();
    await popup.goto(popupUrl, { waitUntil: 'commit' });
    await popup.locator('.sl-article-title').waitFor();
    await popup.locator('.sl-article-body mark.sl-mark').first().waitFor();
    return performance.now() - started;
  };

  await openOnce(true); // warm-up: the first launch of the extension's pages
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < RUNS; run++) cold.push(await openOnce(true));
  for (let run = 0; run < RUNS; run++) warm.push(await openOnce(false));
  const fmt = (values: number[]): string =>
    `median ${median(values).toFixed(0)} ms, p95 ${p95(values).toFixed(0)} ms, min ${Math.min(...values).toFixed(0)} ms`;
  console.log(
    `popup click-to-rendered, sample page, ${RUNS} opens each (target: median <= 300 ms)`,
  );
  console.log(`  first open (extract in page): ${fmt(cold)}`);
  console.log(`  second open (per-tab cache):  ${fmt(warm)}`);
} finally {
  await browser.close();
  await server.close();
}
