import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { unzipSync, strFromU8 } from 'fflate';
import type { PurifierWindow } from '../../src/core/sanitize';
import { importLibraryJson } from '../../src/library/import-library';
import { jsonExport, parseLibraryJson } from '../../src/library/library-json';
import { markdownExport } from '../../src/library/export-markdown';
import { epubExport } from '../../src/library/export-epub';
import { standaloneHtml } from '../../src/library/export-html';
import { allArticles, countArticles, saveArticle } from '../../src/platform/library/library-store';
import type { SavedArticle } from '../../src/platform/library/saved-article';
import { makeArticle } from './make-article';
import { useFreshIndexedDb } from './fresh-indexeddb';

useFreshIndexedDb();

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
const win = window as unknown as PurifierWindow;

function saved(n: number, overrides: Partial<SavedArticle> = {}): SavedArticle {
  const url = `https://news.example/story-${n}`;
  return {
    id: url,
    url,
    savedAt: 1000 + n,
    updatedAt: 1000 + n,
    tags: [],
    article: makeArticle({ title: `Story number ${n}` }),
    ...overrides,
  };
}

function fileOf(articles: unknown[]): string {
  return JSON.stringify({ format: 'sourcelight-library', version: 1, exportedAt: '', articles });
}

describe('JSON import', () => {
  it('brings back exactly what was exported, and adds nothing the second time', async () => {
    await saveArticle('https://news.example/a', makeArticle(), 5);
    await saveArticle('https://news.example/b', makeArticle({ title: 'Second' }), 6);
    const text = await jsonExport(await allArticles()).blob.text();
    const before = await allArticles();

    const again = await importLibraryJson(text, win);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(await allArticles()).toEqual(before);
  });

  it('adds new records and keeps a newer local copy over an older imported one', async () => {
    await saveArticle('https://news.example/story-1', makeArticle({ title: 'Local edit' }), 5000);
    const report = await importLibraryJson(fileOf([saved(1), saved(2)]), win);
    expect(report).toMatchObject({ added: 1, updated: 0, unchanged: 1 });
    expect(await countArticles()).toBe(2);
    const titles = (await allArticles()).map((a) => a.article.title).sort();
    expect(titles).toEqual(['Local edit', 'Story number 2']);
  });

  it('sanitizes imported HTML again and drops unknown fields', () => {
    const hostile = saved(1, {
      article: makeArticle({
        html: '<p onclick="steal()">Hi<script>steal()</script><img src="x" onerror="steal()"><a href="javascript:steal()">link</a></p>',
      }),
    });
    const { articles } = parseLibraryJson(fileOf([{ ...hostile, evil: true }]), win);
    const [only] = articles;
    expect(only?.article.html).not.toMatch(/script|onclick|onerror|javascript:/);
    expect(only).not.toHaveProperty('evil');
  });

  it('refuses records that are not web articles, and says which', () => {
    const { articles, rejected } = parseLibraryJson(
      fileOf([
        saved(1, { url: 'javascript:alert(1)' }),
        { ...saved(2), savedAt: 'yesterday' },
        { ...saved(3), article: { title: 7 } },
        saved(4),
      ]),
      win,
    );
    expect(articles.map((a) => a.id)).toEqual(['https://news.example/story-4']);
    expect(rejected.map((r) => r.index)).toEqual([0, 1, 2]);
  });

  it('refuses a file that is not a library export', () => {
    expect(() => parseLibraryJson('{"articles": []}', win)).toThrow(/not a Sourcelight/);
    expect(() => parseLibraryJson('not json', win)).toThrow(/not JSON/);
  });

  it('derives ids from URLs, so a forged id cannot overwrite another article', () => {
    const forged = saved(1, { id: 'https://news.example/story-9' });
    expect(parseLibraryJson(fileOf([forged]), win).articles[0]?.id).toBe(
      'https://news.example/story-1',
    );
  });
});

describe('exports', () => {
  it('exports several articles as a zip of Markdown files with distinct names', async () => {
    const file = markdownExport([
      saved(1),
      saved(2, { article: makeArticle({ title: 'Story number 1' }) }),
    ]);
    const entries = unzipSync(new Uint8Array(await file.blob.arrayBuffer()));
    expect(Object.keys(entries)).toEqual(['story-number-1.md', 'story-number-1-2.md']);
    expect(strFromU8(entries['story-number-1.md'] as Uint8Array)).toMatch(/^# Story number 1/);
  });

  it('exports standalone HTML with its own styles, the highlights and no scripts', () => {
    const html = standaloneHtml(window.document, saved(1));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).toContain('class="sl-mark sl-kind-organization"');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script/);
  });

  it('exports EPUB with the mimetype first and uncompressed, and one chapter per article', async () => {
    const file = epubExport(window.document, [saved(1), saved(2)]);
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    // Local file header: compression method at offset 8 (0 = stored), name at offset 30.
    expect(bytes[8]).toBe(0);
    expect(strFromU8(bytes.slice(30, 38))).toBe('mimetype');
    const entries = unzipSync(bytes);
    expect(Object.keys(entries)).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'OEBPS/content.opf',
      'OEBPS/nav.xhtml',
      'OEBPS/style.css',
      'OEBPS/article-1.xhtml',
      'OEBPS/article-2.xhtml',
    ]);
    const chapter = strFromU8(entries['OEBPS/article-1.xhtml'] as Uint8Array);
    expect(chapter).toContain('xmlns="http://www.w3.org/1999/xhtml"');
    expect(chapter).toContain('Story number 1');
    expect(
      new window.DOMParser()
        .parseFromString(chapter, 'application/xml')
        .querySelector('parsererror'),
    ).toBeNull();
  });
});
