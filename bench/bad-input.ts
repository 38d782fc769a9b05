/**
 * How the CLI copes with hostile and oversized pages (bench/bad-input-pages.ts): each page is
 * written to a temporary file and run through the built CLI (`bin/sourcelight.mjs extract FILE
 * --format json`) as its own process, as a user would, with a two-minute limit that would show a
 * hang. Prints, per page, the time (process start to exit, about 2 s of it loading the CLI), the
 * exit code and what came out: the article's size and sources, or the reason it was refused.
 *
 * Run: npm run build && npm run bench:bad-input
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { badInputPages } from './bad-input-pages';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cli = join(repoRoot, 'bin/sourcelight.mjs');
const LIMIT_MS = 120_000;

if (!existsSync(join(repoRoot, 'dist/cli/sourcelight.mjs'))) {
  console.error('dist/cli is missing: run `npm run build` first');
  process.exit(1);
}

interface Outcome {
  refused: boolean;
  summary: string;
}

/** What the CLI's exit code and output say, in one line. */
function outcomeOf(status: number | null, stdout: string, stderr: string): Outcome {
  if (status === null) return { refused: false, summary: `NO EXIT within ${LIMIT_MS / 1000} s` };
  if (status !== 0)
    return { refused: true, summary: `exit ${status}: ${stderr.trim().split('\n')[0] ?? ''}` };
  const result = JSON.parse(stdout) as {
    article: { text: string; sources: unknown[] } | null;
    error?: string;
  };
  if (!result.article) return { refused: true, summary: `article null: ${result.error ?? '?'}` };
  const { text, sources } = result.article;
  return {
    refused: false,
    summary: `article: ${text.length.toLocaleString('en')} characters, ${sources.length} sources`,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-bad-input-'));
let worst = 0;
let surprises = 0;
try {
  for (const page of badInputPages()) {
    const file = join(dir, 'page.html');
    writeFileSync(file, page.bytes);
    const start = performance.now();
    const run = spawnSync(
      process.execPath,
      [cli, 'extract', file, '--url', 'https://news.example/2024/05/story', '--format', 'json'],
      {
        encoding: 'utf8',
        timeout: LIMIT_MS,
        maxBuffer: 512 * 1024 * 1024,
      },
    );
    const seconds = (performance.now() - start) / 1000;
    worst = Math.max(worst, seconds);
    const outcome = outcomeOf(run.status, run.stdout, run.stderr);
    const expected = page.expect === 'either' || (page.expect === 'refused') === outcome.refused;
    if (!expected || run.status === null) surprises++;
    const size = `${(page.bytes.length / 1e6).toFixed(1)} MB`;
    console.log(
      `${page.name.padEnd(34)} ${size.padStart(8)} ${seconds.toFixed(1).padStart(6)} s  ${expected ? '' : 'UNEXPECTED '}${outcome.summary}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`slowest ${worst.toFixed(1)} s; ${surprises} unexpected outcomes`);
process.exitCode = surprises ? 1 : 0;
