/**
 * Benchmark for the cited-source finder: runs findSources on every labelled article of
 * ../shared/corpus (sources-dev + the seed story) and on the repo's own check set
 * (tests/sources/own-labelled) and the blind check set (tests/sources/blind-check: written and
 * labelled before the finder's output was seen) and the corpus pages sources-dev leaves out
 * (bench/sources-extra, labelled by us blind), writes predictions to
 * bench/out/, scores them with the shared python scorer and prints the scores with the median and
 * p95 time per article.
 *
 * Usage: npx tsx bench/sources.ts [--verbose]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findSources } from '../src/core/sources/index';
import type { Source } from '../src/core/types';
import { percentile } from './time-ratios';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
const outDir = path.join(repoRoot, 'bench/out');
const verbose = process.argv.includes('--verbose');

interface Article {
  id: string;
  text: string;
  url: string;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function run(name: string, goldFile: string, articles: readonly Article[]): number[] {
  const predictions: Record<string, { sources: Source[] }> = {};
  const times: number[] = [];
  for (const article of articles) {
    const t0 = performance.now();
    const sources = findSources(article.text, { url: article.url });
    times.push(performance.now() - t0);
    predictions[article.id] = { sources };
  }
  mkdirSync(outDir, { recursive: true });
  const predFile = path.join(outDir, `sources-${name}.json`);
  writeFileSync(predFile, JSON.stringify(predictions, null, 1));
  const args = [path.join(shared, 'tools/score-sources.py'), goldFile, predFile];
  if (verbose) args.push('--verbose');
  const report = execFileSync('python3', args, { encoding: 'utf8' });
  console.log(`== ${name} (${articles.length} articles)`);
  process.stdout.write(report);
  return times;
}

const goldDev = path.join(shared, 'corpus/sources-dev.json');
const goldSeed = path.join(shared, 'corpus/sources-seed.json');
const bodies = readJson<Record<string, { articleBody: string; url: string }>>(
  path.join(shared, 'corpus/aeb-dev/ground-truth.json'),
);
const dev = readJson<{ id: string; url: string }[]>(goldDev).map((item) => ({
  id: item.id,
  url: bodies[item.id]?.url ?? item.url,
  text: bodies[item.id]?.articleBody ?? '',
}));
const seed = readJson<{ id: string; url: string; text: string }[]>(goldSeed);
/**
 * The other 43 pages of the extraction corpus, which sources-dev.json leaves unlabelled (many are
 * not news and cite nobody), labelled by us blind under the same rules (cited-sources.md) before
 * the finder's output on them was seen. The texts stay in ../shared; only the labels are ours.
 */
const goldExtra = path.join(repoRoot, 'bench/sources-extra/labels.json');
const extra = readJson<{ id: string; url: string }[]>(goldExtra).map((item) => ({
  id: item.id,
  url: bodies[item.id]?.url ?? item.url,
  text: bodies[item.id]?.articleBody ?? '',
}));
/** Reads a repo check set: one `<id>.txt` per article plus a `labels.json` in the gold format. */
function readCheckSet(dir: string): { gold: string; articles: Article[] } {
  const gold = path.join(dir, 'labels.json');
  const articles = readJson<{ id: string; url: string }[]>(gold).map((item) => ({
    id: item.id,
    url: item.url,
    text: readFileSync(path.join(dir, `${item.id}.txt`), 'utf8'),
  }));
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).length;
  if (files !== articles.length) {
    console.warn(`${path.basename(dir)}: ${files} texts, ${articles.length} labels`);
  }
  return { gold, articles };
}

const own = readCheckSet(path.join(repoRoot, 'tests/sources/own-labelled'));
// Written and labelled blind (before anyone looked at the finder's output): the honest estimate.
const blind = readCheckSet(path.join(repoRoot, 'tests/sources/blind-check'));

// Warm up the JIT once so the first article does not pay for compilation.
for (const article of dev.slice(0, 5)) findSources(article.text, { url: article.url });

const times = [
  ...run('dev', goldDev, dev),
  ...run('seed', goldSeed, seed),
  ...run('own', own.gold, own.articles),
  ...run('blind', blind.gold, blind.articles),
  ...run('aeb-extra', goldExtra, extra),
].sort((a, b) => a - b);
console.log(
  `time per article: median ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms (${times.length} articles)`,
);
