import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The built command-line tool as a user runs it: its own process, its output read through a pipe
 * (`sourcelight extract page.html | jq`). tests/cli/ covers the commands in-process; this covers
 * the launcher, which once exited before a pipe had taken all of a long article.
 */
const CLI = join(import.meta.dirname, '../../bin/sourcelight.mjs');
const SAMPLE = join(import.meta.dirname, '../../sample/stoltenberg-nato.html');

function runCli(
  args: string[],
  stdin = '',
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.end(stdin);
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** A long report: its JSON (1.1 MB) is far more than a pipe's or a socket's buffer holds (64-200 KB). */
function longArticle(): string {
  const paragraphs = Array.from(
    { length: 6000 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the inquiry's findings, the committee's chair said on Tuesday.</p>`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'sl-cli-e2e-'));
  const file = join(dir, 'long.html');
  writeFileSync(
    file,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inquiry report</title></head>` +
      `<body><article><h1>Inquiry report</h1>${paragraphs.join('\n')}</article></body></html>`,
  );
  return file;
}

describe('the built CLI through a pipe', () => {
  it('delivers a long article whole: the JSON parses and ends with the last paragraph', async () => {
    const { code, out } = await runCli([
      'extract',
      longArticle(),
      '--url',
      'https://news.example/inquiry',
    ]);
    expect(code).toBe(0);
    expect(out.length).toBeGreaterThan(1_000_000);
    const result = JSON.parse(out) as { article: { text: string } };
    expect(
      result.article.text
        .trim()
        .endsWith(
          "Paragraph 6000 of the inquiry's findings, the committee's chair said on Tuesday.",
        ),
    ).toBe(true);
  });

  it('prints the sample as readable text, as npm start does', async () => {
    const { code, out } = await runCli(['extract', SAMPLE, '--format', 'text']);
    expect(code).toBe(0);
    expect(out).toContain('Stoltenberg: Russian personnel expelled from NATO HQ');
  });

  it('lists the sources of plain text read from stdin', async () => {
    const text = 'The ceasefire held overnight, according to Reuters.\n\nNATO did not comment.';
    const { code, out } = await runCli(['sources', '-'], text);
    expect(code).toBe(0);
    const { sources } = JSON.parse(out) as { sources: { name: string; kind: string }[] };
    expect(sources.map(({ name, kind }) => ({ name, kind }))).toEqual([
      { name: 'Reuters', kind: 'media' },
    ]);
  });

  it('exits 2 with one line on stderr for a missing file', async () => {
    const { code, out, err } = await runCli(['extract', join(tmpdir(), 'no-such-page.html')]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/no-such-page\.html: cannot read/);
  });
});
