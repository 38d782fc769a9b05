/**
 * Benchmark of the article detector (src/core/detect.ts) against Readability's
 * isProbablyReaderable, side by side in one headless Chromium run.
 *
 * - bundles each into a minified IIFE with esbuild and reports minified and gzip sizes;
 * - loads every corpus page (../shared/corpus/aeb-dev: 88 news articles) and every fixture in
 *   tests/detect/fixtures with page.setContent (page JavaScript off, all requests blocked);
 * - times both detectors on each page (performance.now around the call, REPS runs, median);
 * - prints median/p95 ms and precision/recall (and isNews accuracy) for both.
 *
 * Run: npx tsx bench/detect.ts [--reps N] [--only corpus|fixtures]
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, OFFLINE_CHROMIUM_ARGS } from '../tests/e2e/support/launch-chromium';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
const corpusDir = path.join(shared, 'corpus/aeb-dev');
/** Our own fixtures, and the independent set written without looking at the detector. */
const fixtureDirs = ['tests/detect/fixtures', 'tests/detect/fixtures-independent'].map((dir) =>
  path.join(repoRoot, dir),
);
const args = process.argv.slice(2);
const REPS = Number(args[args.indexOf('--reps') + 1]) || 9;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : '';

interface Case {
  name: string;
  url: string;
  html: string;
  article: boolean;
  /** Expected isNews for articles (null: not judged). */
  news: boolean | null;
}

async function bundle(entry: string): Promise<string> {
  const out = await build({
    stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

function loadCases(): Case[] {
  const cases: Case[] = [];
  if (only !== 'fixtures') {
    const gt = JSON.parse(
      fs.readFileSync(path.join(corpusDir, 'ground-truth.json'), 'utf8'),
    ) as Record<string, { url: string }>;
    for (const [id, { url }] of Object.entries(gt)) {
      const html = zlib.gunzipSync(fs.readFileSync(path.join(corpusDir, 'html', `${id}.html.gz`)));
      cases.push({
        name: id.slice(0, 12),
        url,
        html: html.toString('utf8'),
        article: true,
        news: true,
      });
    }
  }
  for (const fixtureDir of only === 'corpus' ? [] : fixtureDirs) {
    for (const file of fs
      .readdirSync(fixtureDir)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      const html = fs.readFileSync(path.join(fixtureDir, file), 'utf8');
      const url = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? 'https://example.test/';
      const article = file.startsWith('article--');
      cases.push({
        name: file,
        url,
        html,
        article,
        news: article ? file.startsWith('article--news') : null,
      });
    }
  }
  return cases;
}

interface PageResult {
  ours: { isArticle: boolean; isNews: boolean; ms: number };
  readerable: { isArticle: boolean; ms: number };
}

/**
 * Runs inside the page: both detectors `reps` times, alternating, medians of the timings. Kept
 * as source text because tsx would wrap a function in helpers that the page lacks.
 */
const MEASURE = `(url, reps) => {
  const a = [], b = [];
  let ours = null, readerable = false;
  for (let i = 0; i < reps; i++) {
    let t = performance.now();
    ours = SL.detectPage(document, url);
    a.push(performance.now() - t);
    t = performance.now();
    readerable = RD.isProbablyReaderable(document);
    b.push(performance.now() - t);
  }
  const median = (xs) => xs.sort((x, y) => x - y)[xs.length >> 1];
  return {
    ours: { isArticle: ours.isArticle, isNews: ours.isNews, ms: median(a) },
    readerable: { isArticle: readerable, ms: median(b) },
  };
}`;

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
};

function quality(cases: Case[], verdicts: boolean[], news: (boolean | null)[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let newsRight = 0;
  let newsPages = 0;
  const misses: string[] = [];
  cases.forEach((c, i) => {
    const v = verdicts[i] ?? false;
    if (v && c.article) tp++;
    else if (v) fp++;
    else if (c.article) fn++;
    if (v !== c.article) misses.push(`${c.article ? 'missed' : 'false+'} ${c.name}`);
    if (c.news === true) {
      newsPages++;
      if (news[i] === true) newsRight++;
    }
  });
  return {
    precision: tp / (tp + fp || 1),
    recall: tp / (tp + fn || 1),
    newsRight,
    newsPages,
    misses,
  };
}

async function main(): Promise<void> {
  const ours = await bundle(
    "import { detectPage } from './src/core/detect'; (globalThis as any).SL = { detectPage };",
  );
  const readerable = await bundle(
    "import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js'; (globalThis as any).RD = { isProbablyReaderable };",
  );
  const size = (code: string): string =>
    `${(code.length / 1024).toFixed(2)} KB min, ${(zlib.gzipSync(code, { level: 9 }).length / 1024).toFixed(2)} KB gzip`;
  console.log(`detectPage bundle:           ${size(ours)}`);
  console.log(`isProbablyReaderable bundle: ${size(readerable)}`);

  const cases = loadCases();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: OFFLINE_CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route('**/*', (route) => route.abort());
  const page = await context.newPage();
  const results: PageResult[] = [];
  for (const c of cases) {
    await page.setContent(c.html, { waitUntil: 'domcontentloaded' });
    await page.evaluate(`${ours};${readerable}`);
    results.push(
      (await page.evaluate(`(${MEASURE})(${JSON.stringify(c.url)}, ${REPS})`)) as PageResult,
    );
  }
  await browser.close();

  const oursMs = results.map((r) => r.ours.ms);
  const rdMs = results.map((r) => r.readerable.ms);
  console.log(`\n${cases.length} pages, ${REPS} runs each (median per page), Chromium, JS off`);
  console.log(
    `time   detectPage: median ${pct(oursMs, 0.5).toFixed(3)} ms, p95 ${pct(oursMs, 0.95).toFixed(3)} ms`,
  );
  console.log(
    `time   isProbablyReaderable: median ${pct(rdMs, 0.5).toFixed(3)} ms, p95 ${pct(rdMs, 0.95).toFixed(3)} ms`,
  );
  const groups: [string, (c: Case) => boolean][] = [
    ['all', () => true],
    ['corpus', (c) => !c.name.endsWith('.html')],
    ['fixtures', (c) => c.name.endsWith('.html')],
  ];
  for (const [label, keep] of groups) {
    const idx = cases.map((c, i) => (keep(c) ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 0) continue;
    const sub = idx.map((i) => cases[i] as Case);
    const q1 = quality(
      sub,
      idx.map((i) => results[i]?.ours.isArticle ?? false),
      idx.map((i) => results[i]?.ours.isNews ?? null),
    );
    // isProbablyReaderable has no notion of news: its "news" verdict is its article verdict.
    const q2 = quality(
      sub,
      idx.map((i) => results[i]?.readerable.isArticle ?? false),
      idx.map((i) => results[i]?.readerable.isArticle ?? null),
    );
    const line = (n: string, q: ReturnType<typeof quality>): string =>
      `${n}: precision ${q.precision.toFixed(3)}, recall ${q.recall.toFixed(3)}, isNews right on ${q.newsRight}/${q.newsPages} news pages`;
    console.log(`\n[${label}: ${sub.length} pages]`);
    console.log(line('  detectPage          ', q1));
    console.log(line('  isProbablyReaderable', q2));
    if (label === 'all') {
      for (const m of q1.misses) console.log(`  detectPage ${m}`);
    }
  }
  // Non-news articles (blog, docs, essay, recipe): detectPage should say isNews false.
  const nonNews = cases.map((c, i) => [c, results[i]] as const).filter(([c]) => c.news === false);
  const right = nonNews.filter(([, r]) => r?.ours.isNews === false).length;
  console.log(`\nisNews false on non-news article fixtures: ${right}/${nonNews.length}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
