/**
 * Extraction benchmark: Sourcelight's full article pipeline (buildArticle: extract, clean, sources,
 * highlight, sanitize; shared/docs/benchmarks.md) against bare Readability, on the same parsed
 * pages in one run, and runPipeline (the same plus page detection, as `sourcelight extract` runs)
 * beside them. Usage: npm run bench:extract [-- DIR] (default ../shared/corpus/aeb-dev);
 * BENCH_REPEATS=N runs each system N times per page (default 3) and keeps the fastest.
 *
 * The timed part (bench/extract-timing.ts) is bundled with esbuild and run by plain `node`, the
 * way the shipped CLI runs (dist/cli/sourcelight.mjs). Under tsx every CommonJS `require` of an
 * ES module is transpiled into getter-based exports: jsdom's parser (parse5) then ran twice as
 * slow, which inflated our sanitizing stage and nothing on Readability's side.
 *
 * Writes bench/out/extract-{sourcelight,readability}.json, scores both with the shared scorer,
 * and prints per-page time (median, p95), the time ratio and per-stage medians.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { TimingReport } from './extract-timing';
import { percentile, timeRatios } from './time-ratios';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repoRoot, '../shared');
const dir = resolve(process.argv[2] ?? join(shared, 'corpus/aeb-dev'));
const outDir = join(repoRoot, 'bench/out');
mkdirSync(outDir, { recursive: true });

const bundle = join(outDir, 'extract-timing.mjs');
await build({
  entryPoints: [join(repoRoot, 'bench/extract-timing.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external', // jsdom, linkedom, Readability, DOMPurify load from node_modules as in the CLI
  outfile: bundle,
  logLevel: 'silent',
});
const repeats = Math.max(1, Number(process.env['BENCH_REPEATS'] ?? 3));
const report = JSON.parse(
  // A plain node process: no loader hooks inherited through NODE_OPTIONS.
  execFileSync(process.execPath, [bundle, dir, String(repeats)], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NODE_OPTIONS: '' },
  }),
) as TimingReport;

const score = (file: string): string =>
  execFileSync(
    'python3',
    [join(shared, 'tools/score-extraction.py'), join(dir, 'ground-truth.json'), file],
    { encoding: 'utf8' },
  ).trim();

const oursFile = join(outDir, 'extract-sourcelight.json');
const bareFile = join(outDir, 'extract-readability.json');
writeFileSync(oursFile, JSON.stringify(report.ours.predictions));
writeFileSync(bareFile, JSON.stringify(report.bare.predictions));

const line = (name: string, file: string, ms: number[]): string =>
  `${name.padEnd(12)} ${score(file)}  median ${percentile(ms, 0.5).toFixed(1)} ms  p95 ${percentile(ms, 0.95).toFixed(1)} ms`;
const bareMs = report.bare.ms;
console.log(`pages: ${bareMs.length} from ${dir}, fastest of ${repeats} runs each, plain node`);
console.log(line('sourcelight', oursFile, report.ours.ms));
console.log(line('readability', bareFile, bareMs));
console.log(`time ratio sourcelight/readability: ${timeRatios(report.ours.ms, bareMs)}`);
console.log(
  `  with detection too (runPipeline, what \`sourcelight extract\` runs): median ${percentile(report.cli.ms, 0.5).toFixed(1)} ms, ratio ${timeRatios(report.cli.ms, bareMs)}`,
);
const differing = Object.keys(report.ours.predictions).filter(
  (id) => report.ours.predictions[id]?.articleBody !== report.cli.predictions[id]?.articleBody,
);
if (differing.length) console.log(`  runPipeline's text differs on: ${differing.join(', ')}`);
const stageLine = Object.entries(report.stageMs)
  .map(([stage, ms]) => {
    const total = ms.reduce((sum, value) => sum + value, 0) / 1000;
    return `${stage} ${percentile(ms, 0.5).toFixed(2)} (${total.toFixed(2)} s)`;
  })
  .join(', ');
console.log(
  `buildArticle stage medians ms, from the fastest run of each page (corpus total): ${stageLine}`,
);
