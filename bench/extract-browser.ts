/**
 * In-browser extraction benchmark: Sourcelight's article pipeline (buildArticle: extract, clean,
 * sources, highlight, sanitize) against bare Readability parse(), and runPipeline (the same plus
 * page detection) beside them, all on the same live page DOM in headless Chromium, where the
 * extension really runs them (its extraction script calls runPipeline(document, location.href)).
 * bench/extract.ts measures the same in Node, where jsdom-based sanitizing inflates our side.
 *
 * - Each corpus page is served at its real URL by a route handler (no network: every other
 *   request is aborted, and the host resolver maps all names to nothing), so location.href,
 *   document.baseURI and relative links are what the extension would see.
 * - Scripting stays on and page scripts are blocked by a `script-src 'none'` CSP header on that
 *   response (no inline, external or handler script runs; page.evaluate is not subject to it).
 *   The parser then treats <noscript> as text, as in a user's browser (53 of the 88 pages have
 *   one), and script elements stay in the DOM as on live pages; both systems see the very same
 *   document. A context with JavaScript disabled (bench/detect.ts) does not work here: Chromium
 *   refuses to run DOMPurify's Trusted Types callback ("The provided callback is no longer
 *   runnable"), so sanitizing throws and runPipeline returns no article on every page.
 * - Per page: one warm-up call each (left out of the medians, shown apart as the cold cost), then
 *   REPS timed calls each, the order rotating; the median per page per system is kept.
 *
 * Run: npx tsx bench/extract-browser.ts [DIR] [--reps N]
 * Writes bench/out/extract-browser-{sourcelight,readability}.json and scores both.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, OFFLINE_CHROMIUM_ARGS } from '../tests/e2e/support/launch-chromium';
import { decodeHtml } from '../src/cli/decode-html';
import { percentile, timeRatios } from './time-ratios';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repoRoot, '../shared');
const args = process.argv.slice(2);
const flagValue = (name: string): string | undefined =>
  args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
const REPS = Math.max(1, Number(flagValue('--reps')) || 5);
const positional = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--reps');
const dir = resolve(positional[0] ?? join(shared, 'corpus/aeb-dev'));
const outDir = join(repoRoot, 'bench/out');

/** The page-side entry: the three systems on the live document (ours clone it themselves). */
const ENTRY = `
import { Readability } from '@mozilla/readability';
import { buildArticle } from './src/core/build-article';
import { runPipeline } from './src/core/pipeline';
const g = globalThis as any;
g.sourcelight = (url: string) => buildArticle(document, url);
g.withDetection = (url: string) => runPipeline(document, url);
g.bare = () => new Readability(document.cloneNode(true) as Document).parse();
// One extra call per page, outside the timed ones, splits the pipeline's time by stage.
g.sourcelightStages = (url: string) => {
  const ms: Record<string, number> = {};
  let last = performance.now();
  const onStage = (stage: string): void => {
    const now = performance.now();
    ms[stage] = now - last;
    last = now;
  };
  buildArticle(document, url, { onStage });
  return ms;
};
`;

/**
 * Runs inside the page. Kept as source text because tsx would wrap a function in helpers the page
 * lacks. The first call of each is the warm-up (timed too, reported apart as the cold cost; the
 * first system also warms code the others share, so the order goes through all six by page, and
 * by run for the timed calls). The DOM size is read before and after, untimed, to check that no
 * system changed the live page.
 */
const MEASURE = `(url, reps, page) => {
  const before = document.documentElement.outerHTML.length;
  const time = (fn) => { const t = performance.now(); const r = fn(); return [performance.now() - t, r]; };
  const systems = [() => globalThis.sourcelight(url), () => globalThis.bare(), () => globalThis.withDetection(url)];
  const orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
  const cold = [], results = [], timed = [[], [], []];
  for (const i of orders[page % 6]) [cold[i], results[i]] = time(systems[i]);
  for (let run = 0; run < reps; run++) {
    for (const i of orders[(page + run + 1) % 6]) timed[i].push(time(systems[i])[0]);
  }
  const median = (xs) => xs.sort((x, y) => x - y)[xs.length >> 1];
  const stages = globalThis.sourcelightStages(url);
  const [resOurs, resBare, resWhole] = results;
  return {
    ours: median(timed[0]), bare: median(timed[1]), withDetection: median(timed[2]),
    coldOurs: cold[0], coldBare: cold[1],
    oursText: resOurs.article ? resOurs.article.text : '',
    oursError: resOurs.error || null,
    withDetectionText: resWhole.article ? resWhole.article.text : '',
    bareText: resBare ? resBare.textContent || '' : '',
    stages, untouched: document.documentElement.outerHTML.length === before,
  };
}`;

interface PageResult {
  ours: number;
  bare: number;
  withDetection: number;
  coldOurs: number;
  coldBare: number;
  oursText: string;
  oursError: string | null;
  withDetectionText: string;
  bareText: string;
  stages: Record<string, number>;
  untouched: boolean;
}

async function main(): Promise<void> {
  const bundled = await build({
    stdin: { contents: ENTRY, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    minify: true, // as the extension ships it (scripts/build.mjs)
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = bundled.outputFiles[0]?.text ?? '';
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string }
  >;

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: OFFLINE_CHROMIUM_ARGS,
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  // The one response served per page: its HTML, decoded as in Node (bench/extract.ts) and sent as
  // UTF-8 so both benches see the same text. Everything else (subresources, iframes) is aborted.
  let pending: string | null = null;
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (pending !== null && request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      const body = pending;
      pending = null;
      await route.fulfill({
        status: 200,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "script-src 'none'",
        },
        body,
      });
    } else {
      await route.abort();
    }
  });

  const results: Record<string, PageResult> = {};
  const ids = Object.keys(truth);
  for (const [index, id] of ids.entries()) {
    const url = truth[id]?.url ?? '';
    pending = decodeHtml(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))));
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(code);
    results[id] = (await page.evaluate(
      `(${MEASURE})(${JSON.stringify(url)}, ${REPS}, ${index})`,
    )) as PageResult;
  }
  await browser.close();

  mkdirSync(outDir, { recursive: true });
  const predictions = (pick: (r: PageResult) => string): Record<string, { articleBody: string }> =>
    Object.fromEntries(Object.entries(results).map(([id, r]) => [id, { articleBody: pick(r) }]));
  const oursFile = join(outDir, 'extract-browser-sourcelight.json');
  const bareFile = join(outDir, 'extract-browser-readability.json');
  writeFileSync(oursFile, JSON.stringify(predictions((r) => r.oursText)));
  writeFileSync(bareFile, JSON.stringify(predictions((r) => r.bareText)));
  const score = (file: string): string =>
    execFileSync(
      'python3',
      [join(shared, 'tools/score-extraction.py'), join(dir, 'ground-truth.json'), file],
      { encoding: 'utf8' },
    ).trim();

  const all = Object.values(results);
  const column = (pick: (r: PageResult) => number): number[] => all.map(pick);
  const ours = column((r) => r.ours);
  const bare = column((r) => r.bare);
  const stats = (ms: number[]): string =>
    `median ${percentile(ms, 0.5).toFixed(2)} ms  p95 ${percentile(ms, 0.95).toFixed(2)} ms`;
  console.log(`pages: ${all.length} from ${dir}; Chromium, page scripts blocked by CSP`);
  console.log(`per page: median of ${REPS} runs after 1 warm-up, order rotating`);
  console.log(`sourcelight  ${score(oursFile)}  ${stats(ours)}`);
  console.log(`readability  ${score(bareFile)}  ${stats(bare)}`);
  const withDetection = column((r) => r.withDetection);
  console.log(`time ratio sourcelight/readability: ${timeRatios(ours, bare)}`);
  console.log(
    `  with detection too (runPipeline, what the extension and the CLI run): median ${percentile(withDetection, 0.5).toFixed(2)} ms, ratio ${timeRatios(withDetection, bare)}`,
  );
  const coldOurs = column((r) => r.coldOurs);
  const coldBare = column((r) => r.coldBare);
  console.log(
    `first call per page (cold): sourcelight ${stats(coldOurs)}; readability ${stats(coldBare)}; ratio of medians ${(percentile(coldOurs, 0.5) / percentile(coldBare, 0.5)).toFixed(2)}`,
  );
  const stageNames = [...new Set(all.flatMap((r) => Object.keys(r.stages)))];
  const stageLine = stageNames
    .map((name) => {
      const ms = all.flatMap((r) => r.stages[name] ?? []);
      return `${name} ${percentile(ms, 0.5).toFixed(2)}`;
    })
    .join(', ');
  const stageSum = all.map((r) => Object.values(r.stages).reduce((sum, ms) => sum + ms, 0));
  console.log(
    `sourcelight stage medians ms (one extra run per page): ${stageLine}; their per-page sum: ${stats(stageSum)}`,
  );
  const differing = ids.filter((id) => results[id]?.oursText !== results[id]?.withDetectionText);
  if (differing.length) console.log(`  runPipeline's text differs on: ${differing.join(', ')}`);
  const failed = all.filter((r) => r.oursError).length;
  const touched = ids.filter((id) => !results[id]?.untouched);
  console.log(`sourcelight returned no article on ${failed} pages`);
  console.log(
    touched.length === 0
      ? 'live DOM unchanged by every system on every page (outerHTML length before/after)'
      : `live DOM CHANGED on ${touched.length} pages: ${touched.join(', ')}`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
