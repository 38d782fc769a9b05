/**
 * Library at scale: seeds 10,000 generated articles (~1,000 words each, with sources) into a real
 * Chromium profile with the built extension, through the library's own store module, then times
 *   open:   navigation start -> first list rows in the DOM (User Timing mark set by the page),
 *   search: the last keystroke of a query -> results rendered (next frame after the list updated),
 * over RUNS runs each, and prints medians. Targets: open <= 200 ms, search <= 100 ms.
 *
 * Run: npm run bench:library [-- --articles 10000 --runs 11 --profile DIR]
 *   --profile DIR  keep the Chromium profile in DIR and reuse it: seeds only what DIR's library
 *                  lacks (all of it the first time), so later runs take seconds, not minutes.
 *                  Without it, every run seeds a fresh temporary profile.
 * SOURCELIGHT_EXTENSION_DIR: load the extension from there instead of dist/chrome (a private copy
 * while others rebuild dist).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchChromium } from '../tests/e2e/support/launch-chromium';
import { articleGenerator } from './library-articles';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback;
const ARTICLES = option('--articles', 10_000);
const RUNS = option('--runs', 11);
const PROFILE = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : undefined;
const BATCH = 500;
const QUERIES = ['stoltenberg', 'minister', 'government ministe', 'the'];

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const ms = (value: number): string => `${value.toFixed(1)} ms`;

async function seedBundle(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(repoRoot, 'bench/library-seed-entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
  });
  return out.outputFiles[0]?.text ?? '';
}

async function waitLoaded(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.getElementById('lib-list')?.getAttribute('aria-busy') === 'false',
    null,
    { timeout: 60_000 },
  );
}

interface OpenTiming {
  /** Navigation start -> the page's scripts may run (HTML parsed): the browser's share. */
  domInteractive: number;
  firstRows: number;
  loaded: number;
}

async function timeOpen(page: Page, url: string): Promise<OpenTiming> {
  await page.goto(url);
  await waitLoaded(page);
  return page.evaluate(() => {
    const [mark] = performance.getEntriesByName('sourcelight:library-first-rows');
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return {
      domInteractive: nav?.domInteractive ?? NaN,
      firstRows: mark?.startTime ?? NaN,
      loaded: performance.now(),
    };
  });
}

async function timeSearch(page: Page, query: string): Promise<{ ms: number; count: string }> {
  const search = page.locator('#lib-search');
  await search.fill('');
  await waitLoaded(page);
  await search.fill(query.slice(0, -1));
  await waitLoaded(page);
  await page.evaluate(() => {
    const list = document.getElementById('lib-list') as HTMLElement;
    (window as unknown as { __timing: Promise<unknown> }).__timing = new Promise((resolve) => {
      let start = 0;
      addEventListener('keydown', (event) => (start = event.timeStamp), {
        once: true,
        capture: true,
      });
      const observer = new MutationObserver(() => {
        if (!start || list.getAttribute('aria-busy') !== 'false') return;
        observer.disconnect();
        requestAnimationFrame(() =>
          resolve({
            ms: performance.now() - start,
            count: document.getElementById('lib-count')?.textContent ?? '',
          }),
        );
      });
      observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
    });
  });
  await search.press(query.slice(-1));
  return page.evaluate(
    () => (window as unknown as { __timing: Promise<{ ms: number; count: string }> }).__timing,
  );
}

if (PROFILE === undefined && args.includes('--profile')) throw new Error('--profile needs a DIR');
if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
  execSync('npm run build', { cwd: repoRoot, stdio: 'inherit' });
}
const browser = await launchChromium(EXTENSION_DIR, { keptProfile: PROFILE });
try {
  const generate = articleGenerator(path.resolve(repoRoot, '../shared'));
  const seeder = await browser.openExtensionPage('manifest.json');
  await seeder.evaluate(await seedBundle());
  // A kept profile already holds what earlier runs seeded (each batch is one transaction, written
  // in order, so an interrupted seeding resumes at the next batch).
  const present = await seeder.evaluate(() =>
    (globalThis as never as { __librarySeed: { count(): Promise<number> } }).__librarySeed.count(),
  );
  if (present) console.log(`reusing ${present} articles in ${PROFILE ?? 'the profile'}`);
  const seedStart = performance.now();
  let textChars = 0;
  for (let first = present; first < ARTICLES; first += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, ARTICLES - first) }, (_, i) =>
      generate(first + i),
    );
    textChars += batch.reduce((sum, saved) => sum + saved.article.text.length, 0);
    await seeder.evaluate(
      (records) =>
        (
          globalThis as never as { __librarySeed: { put(r: unknown): Promise<void> } }
        ).__librarySeed.put(records),
      batch,
    );
    process.stdout.write(`\rseeded ${first + batch.length}/${ARTICLES}`);
  }
  const count = await seeder.evaluate(() =>
    (globalThis as never as { __librarySeed: { count(): Promise<number> } }).__librarySeed.count(),
  );
  await seeder.evaluate(() =>
    (globalThis as never as { __librarySeed: { close(): Promise<void> } }).__librarySeed.close(),
  );
  await seeder.close();
  if (count > present) {
    console.log(
      `\nseeded ${count - present} articles (mean text ${Math.round(textChars / (count - present))} chars) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );
  }

  const url = `chrome-extension://${browser.extensionId}/src/library/library.html`;
  const opens: OpenTiming[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.context.newPage();
    opens.push(await timeOpen(page, url));
    await page.close();
  }
  console.log(
    `open library (navigation -> first rows), ${RUNS} runs: median ${ms(median(opens.map((o) => o.firstRows)))} (target <= 200 ms), of which navigation -> HTML parsed ${ms(median(opens.map((o) => o.domInteractive)))}; all ${count} summaries loaded: median ${ms(median(opens.map((o) => o.loaded)))}`,
  );

  const page = await browser.context.newPage();
  await page.goto(url);
  await waitLoaded(page);
  for (const query of QUERIES) {
    const runs: { ms: number; count: string }[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await timeSearch(page, query));
    console.log(
      `search "${query}" (keystroke -> results rendered), ${RUNS} runs: median ${ms(median(runs.map((r) => r.ms)))} (target <= 100 ms), ${runs[0]?.count}`,
    );
  }
} finally {
  await browser.close();
}
