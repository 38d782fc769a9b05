import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

const SAMPLE = join(import.meta.dirname, '../../sample/stoltenberg-nato.html');
const FIXTURE = join(import.meta.dirname, '../extract/fixtures/related--read-also-list/page.html');

async function run(
  argv: string[],
  stdin = '',
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: { write: (chunk: string) => (out += chunk) },
    stderr: { write: (chunk: string) => (err += chunk) },
    stdin: Readable.from([Buffer.from(stdin)]),
  });
  return { code, out, err };
}

/** The objects of JSON Lines output. */
const jsonLines = (out: string): { file: string; article: { text: string } }[] =>
  out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

describe('sourcelight extract', () => {
  it('prints one JSON object for one file', async () => {
    const { code, out } = await run(['extract', SAMPLE]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.file).toBeUndefined();
    expect(result.detection.isArticle).toBe(true);
    expect(result.article.title).toBe('Stoltenberg: Russian personnel expelled from NATO HQ');
  });

  it('prints JSON Lines with "file" for several files, .html.gz included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-cli-'));
    const gz = join(dir, 'page.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(FIXTURE)));
    const { code, out } = await run(['extract', SAMPLE, gz]);
    expect(code).toBe(0);
    const lines = jsonLines(out);
    expect(lines.map((line) => line.file)).toEqual([SAMPLE, gz]);
    expect(lines[1]?.article.text).toContain('Lindholm');
  });

  it('goes on past an unreadable file in a batch: the others print, one line names it, exit 2', async () => {
    const missing = join(tmpdir(), 'sl-no-such-page.html');
    const { code, out, err } = await run(['extract', SAMPLE, missing, FIXTURE]);
    expect(code).toBe(2);
    const lines = jsonLines(out);
    expect(lines.map((line) => line.file)).toEqual([SAMPLE, FIXTURE]);
    expect(lines[1]?.article.text).toContain('Lindholm');
    expect(err).toBe(`sourcelight: ${missing}: cannot read (ENOENT)\n`);
  });

  it('reads stdin with - and uses --url for links and sources', async () => {
    const html = readFileSync(FIXTURE, 'utf8');
    const { code, out } = await run(['extract', '-', '--url', 'https://courier.example/a'], html);
    expect(code).toBe(0);
    expect(JSON.parse(out).article.text).toContain('Lindholm');
  });

  it('--format text prints title, credit line, wrapped body and cited sources', async () => {
    const { out } = await run(['extract', SAMPLE, '--format', 'text']);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Stoltenberg: Russian personnel expelled from NATO HQ');
    expect(out).toMatch(/Olena Marchuk · Example News · 2024-02-15 · \d+ min read/);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(80);
    expect(out).toMatch(
      /Cited sources\n-+\n- .+ \((person|media|organization|anonymous|document)\) — \d+ mentions?/,
    );
  });

  it('--format markdown starts with the title and a source line', async () => {
    const { out } = await run([
      'extract',
      SAMPLE,
      '--format',
      'markdown',
      '--url',
      'https://example-news.test/x',
    ]);
    expect(out.startsWith('# Stoltenberg: Russian personnel expelled from NATO HQ\n')).toBe(true);
    expect(out).toContain('Source: <https://example-news.test/x>');
    expect(out).not.toContain('<mark');
  });

  it('--format html prints the sanitized article HTML', async () => {
    const { out } = await run(['extract', SAMPLE, '--format', 'html']);
    expect(out).toContain('<mark');
    expect(out).not.toContain('<script');
  });
});

describe('sourcelight sources', () => {
  it('reads plain text from stdin and prints {sources}', async () => {
    const { code, out } = await run(
      ['sources', '-'],
      'The minister said on Monday that talks would resume.\n\n“We are ready,” Ana Costa told Reuters.',
    );
    expect(code).toBe(0);
    expect(Array.isArray(JSON.parse(out).sources)).toBe(true);
  });
});

describe('bad usage exits 2 with a one-line message', () => {
  it.each([
    [['extract']],
    [['frobnicate']],
    [['extract', '/no/such/file.html']],
    [['extract', SAMPLE, '--format', 'pdf']],
    [['extract', SAMPLE, '--url', 'not a url']],
    [['extract', SAMPLE, '--bogus']],
    [['extract', SAMPLE, FIXTURE, '--url', 'https://a.test/']],
  ])('%j', async (argv) => {
    const { code, err, out } = await run(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^sourcelight: /);
  });

  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49]);
  const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 0, 0xff, 0x01])]);
  it.each([
    ['extract', 'an image', 'photo.html', PNG, 'not HTML'],
    ['sources', 'a PDF', 'report.txt', PDF, 'not text'],
  ])('%s refuses binary input (%s)', async (command, _kind, name, bytes, reason) => {
    const file = join(mkdtempSync(join(tmpdir(), 'sl-cli-')), name);
    writeFileSync(file, bytes);
    const { code, err, out } = await run([command, file]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`sourcelight: ${file}: ${reason} (binary data)\n`);
  });

  it('still reads a UTF-16 page with its byte order mark (NUL bytes, but text)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-cli-'));
    const page = join(dir, 'utf16.html');
    const html = readFileSync(SAMPLE, 'utf8');
    writeFileSync(page, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]));
    const { code, out } = await run(['extract', page]);
    expect(code).toBe(0);
    expect(JSON.parse(out).article.title).toBe(
      'Stoltenberg: Russian personnel expelled from NATO HQ',
    );
  });

  it('refuses a 20 MB input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-cli-'));
    const big = join(dir, 'big.html');
    writeFileSync(big, `<html><body>${'<p>filler words here</p>'.repeat(900_000)}</body></html>`);
    const { code, err } = await run(['extract', big]);
    expect(code).toBe(2);
    expect(err).toMatch(/larger than/);
  });
});
