/**
 * The timed half of bench/extract.ts, run by plain node from an esbuild bundle (see there why).
 * Usage: node extract-timing.mjs DIR REPEATS. Prints one JSON TimingReport on stdout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { runPipeline, type PipelineStage } from '../src/core/pipeline';
import { decodeHtml } from '../src/cli/decode-html';
import { nodePurifierWindow, parsePage } from '../src/cli/node-dom';

interface SystemRun {
  /** Per page id, the text the scorer reads. */
  predictions: Record<string, { articleBody: string }>;
  /** Per page (in corpus order), its fastest time in ms. */
  ms: number[];
}

export interface TimingReport {
  ours: SystemRun;
  bare: SystemRun;
  /** Per pipeline stage, its fastest time on each page (ms); pages that stop early miss some. */
  stageMs: Partial<Record<PipelineStage, number[]>>;
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

for (const [id, { url }] of Object.entries(truth)) {
  const html = decodeHtml(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))));
  // Parsed once, outside the timed part; each system clones it (runPipeline clones internally).
  const doc = parsePage(html);
  let bestOurs = Infinity;
  let bestBare = Infinity;
  const bestStage = new Map<PipelineStage, number>();
  const runOurs = (): void => {
    const start = performance.now();
    let last = start;
    const onStage = (stage: PipelineStage): void => {
      const now = performance.now();
      bestStage.set(stage, Math.min(bestStage.get(stage) ?? Infinity, now - last));
      last = now;
    };
    const result = runPipeline(doc, url, { purifierWindow, onStage });
    bestOurs = Math.min(bestOurs, performance.now() - start);
    report.ours.predictions[id] = { articleBody: result.article?.text ?? '' };
  };
  const runBare = (): void => {
    const start = performance.now();
    const parsed = new Readability(doc.cloneNode(true) as Document).parse();
    bestBare = Math.min(bestBare, performance.now() - start);
    report.bare.predictions[id] = { articleBody: parsed?.textContent ?? '' };
  };
  // Alternate which system goes first so warm caches favour neither.
  for (let run = 0; run < repeats; run++) {
    const [first, second] =
      (report.ours.ms.length + run) % 2 === 0 ? [runOurs, runBare] : [runBare, runOurs];
    await nextTask();
    first();
    await nextTask();
    second();
  }
  report.ours.ms.push(bestOurs);
  report.bare.ms.push(bestBare);
  for (const [stage, ms] of bestStage) (report.stageMs[stage] ??= []).push(ms);
}

process.stdout.write(JSON.stringify(report));
