/**
 * The timed half of bench/extract.ts, run by plain node from an esbuild bundle (see there why).
 * Usage: node extract-timing.mjs DIR REPEATS. Prints one JSON TimingReport on stdout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { buildArticle, type ArticleStage } from '../src/core/build-article';
import { runPipeline } from '../src/core/pipeline';
import { decodeHtml } from '../src/cli/decode-html';
import { nodePurifierWindow, parsePage } from '../src/cli/node-dom';

interface SystemRun {
  /** Per page id, the text the scorer reads. */
  predictions: Record<string, { articleBody: string }>;
  /** Per page (in corpus order), its fastest time in ms. */
  ms: number[];
}

export interface TimingReport {
  /** buildArticle: extract, clean, sources, highlight, sanitize (benchmarks.md's "full pipeline"). */
  ours: SystemRun;
  /** runPipeline: the same plus detection, which is what `sourcelight extract` runs. */
  cli: SystemRun;
  bare: SystemRun;
  /** Per buildArticle stage, its time on each page in the fastest run (ms); pages that stop early miss some. */
  stageMs: Partial<Record<ArticleStage, number[]>>;
}

const [dir = '', repeatsArg = '3'] = process.argv.slice(2);
const repeats = Math.max(1, Number(repeatsArg));
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { url: string }
>;
const purifierWindow = nodePurifierWindow();
const report: TimingReport = {
  ours: { predictions: {}, ms: [] },
  cli: { predictions: {}, ms: [] },
  bare: { predictions: {}, ms: [] },
  stageMs: {},
};

/**
 * Each timed call runs as its own task, as in the CLI (one file after another, with I/O between)
 * and in the extension (one extraction per message). Within one synchronous task V8 keeps the
 * targets of new WeakRefs alive until the task ends (jsdom holds each NodeIterator DOMPurify makes
 * in one), so a whole corpus run in a single task kept every sanitized document alive: the heap
 * grew by ~300 KB per article and garbage collection slowed down whichever system ran next.
 */
const nextTask = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Every order of the three systems (indexes into the list in the loop below). */
const ORDERS = [
  [0, 1, 2],
  [0, 2, 1],
  [1, 0, 2],
  [1, 2, 0],
  [2, 0, 1],
  [2, 1, 0],
];

for (const [index, [id, { url }]] of Object.entries(truth).entries()) {
  const html = decodeHtml(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))));
  // Parsed once, outside the timed part; each system clones it (buildArticle clones internally).
  const doc = parsePage(html);
  const best = { ours: Infinity, cli: Infinity, bare: Infinity };
  /** The stages of the fastest buildArticle run, so that they add up to its reported time. */
  let bestStages = new Map<ArticleStage, number>();
  const runOurs = (): void => {
    const stages = new Map<ArticleStage, number>();
    const start = performance.now();
    let last = start;
    const onStage = (stage: ArticleStage): void => {
      const now = performance.now();
      stages.set(stage, now - last);
      last = now;
    };
    const result = buildArticle(doc, url, { purifierWindow, onStage });
    const ms = performance.now() - start;
    if (ms < best.ours) [best.ours, bestStages] = [ms, stages];
    report.ours.predictions[id] = { articleBody: result.article?.text ?? '' };
  };
  const runCli = (): void => {
    const start = performance.now();
    const result = runPipeline(doc, url, { purifierWindow });
    best.cli = Math.min(best.cli, performance.now() - start);
    report.cli.predictions[id] = { articleBody: result.article?.text ?? '' };
  };
  const runBare = (): void => {
    const start = performance.now();
    const parsed = new Readability(doc.cloneNode(true) as Document).parse();
    best.bare = Math.min(best.bare, performance.now() - start);
    report.bare.predictions[id] = { articleBody: parsed?.textContent ?? '' };
  };
  // Which system goes first changes by page and by run, through all six orders, so that warm
  // caches (and the garbage of the system before) favour none.
  const systems = [runOurs, runBare, runCli];
  for (let run = 0; run < repeats; run++) {
    for (const k of ORDERS[(index + run) % ORDERS.length] ?? []) {
      await nextTask();
      systems[k]?.();
    }
  }
  report.ours.ms.push(best.ours);
  report.cli.ms.push(best.cli);
  report.bare.ms.push(best.bare);
  for (const [stage, ms] of bestStages) (report.stageMs[stage] ??= []).push(ms);
}

process.stdout.write(JSON.stringify(report));
