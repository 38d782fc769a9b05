import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/cli/decode-html';
import { runOnHtml } from './load-page';

const story = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Paragraph ${i} of a story that has enough words in it to look like the body of a real article, with commas, clauses and a full stop.</p>`,
).join('');

describe('bad input gives a clear result, never a crash', () => {
  it.each([
    ['an empty file', ''],
    ['plain text that is not HTML', 'just a line of text, no markup'],
    ['binary noise', String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => i % 256))],
    ['a frameset page', '<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>'],
    ['a page with no text', '<html><body><div><img src="a.jpg"></div></body></html>'],
  ])('%s: article null with a reason', (_name, html) => {
    const result = runOnHtml(html);
    expect(result.article).toBeNull();
    expect(result.error).toMatch(/\w/);
  });

  it('markup nested 10,000 deep: refused with a reason', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}${story}${'</div>'.repeat(10_000)}</body></html>`;
    const result = runOnHtml(html);
    expect(result.article).toBeNull();
    expect(result.error).toMatch(/nested/);
  });

  it('a 100k-node page: refused with a reason', () => {
    const html = `<html><body>${'<span>x</span>'.repeat(100_000)}</body></html>`;
    expect(runOnHtml(html).error).toMatch(/too large/);
  });

  it('a smaller page over a custom element limit is refused too', () => {
    const result = runOnHtml(`<html><body><article>${story}</article></body></html>`);
    expect(result.article).not.toBeNull();
  });
}); // prettier-ignore

describe('decodeHtml', () => {
  const latin1 = (text: string): Uint8Array => Uint8Array.from(Array.from(text, (c) => c.charCodeAt(0)));

  it('honours <meta charset>', () => {
    expect(decodeHtml(latin1('<meta charset="windows-1252"><p>caf\xe9 \x93ok\x94</p>'))).toContain('café “ok”');
  });

  it('honours http-equiv Content-Type', () => {
    expect(decodeHtml(latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>S\xe3o Paulo</p>'))).toContain('São Paulo');
  });

  it('honours a byte-order mark over the meta tag', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="iso-8859-1"><p>한국어</p>')]);
    expect(decodeHtml(bytes)).toContain('한국어');
  });

  it('reads a page whose bytes are windows-1252 as such when it has no label or a UTF-8 one', () => {
    const page = '<p>Le caf\xe9 est tr\xe8s bon, dit Jos\xe9 \x96 \x93vraiment\x94.</p>';
    expect(decodeHtml(latin1(page))).toContain('Le café est très bon, dit José – “vraiment”.');
    expect(decodeHtml(latin1(`<meta charset="utf-8">${page}`))).toContain('Le café est très bon');
    expect(decodeHtml(latin1(`<meta charset="x-no-such-label">${page}`))).toContain('dit José');
  });

  it('keeps a UTF-8 page with a stray byte UTF-8, the stray byte shown as U+FFFD', () => {
    const utf8 = new TextEncoder().encode('<p>São Paulo, Zürich, 東京 and Kraków</p>');
    const bytes = new Uint8Array([...utf8.subarray(0, 10), 0xe9, ...utf8.subarray(10)]);
    const text = decodeHtml(bytes);
    expect(text).toContain('Zürich, 東京 and Kraków');
    expect(text).toContain('\ufffd');
  });

  it('defaults to UTF-8 and survives an unknown charset label', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>Ação</p>'))).toContain('Ação');
    expect(decodeHtml(new TextEncoder().encode('<meta charset="no-such-charset"><p>Ação</p>'))).toContain('Ação');
  });
}); // prettier-ignore
