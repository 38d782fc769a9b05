import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../src/core/detect';

/**
 * Every fixture page, judged by its name: `article--news-*` is a news story, `article--*` another
 * kind of article (blog post, docs, essay, recipe), `not-article--*` is not worth a reader view.
 * The page URL is the fixture's canonical link.
 */
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.html'));

function load(file: string): { doc: Document; url: string } {
  const html = fs.readFileSync(path.join(dir, file), 'utf8');
  const url = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? 'https://example.test/';
  return { doc: parseHTML(html).document as unknown as Document, url };
}

describe('fixture pages', () => {
  it('has at least 25 article and 25 non-article fixtures', () => {
    expect(files.filter((f) => f.startsWith('article--')).length).toBeGreaterThanOrEqual(25);
    expect(files.filter((f) => f.startsWith('not-article--')).length).toBeGreaterThanOrEqual(25);
  });

  describe.each(files.filter((f) => f.startsWith('article--')))('%s', (file) => {
    const { doc, url } = load(file);
    const result = detectPage(doc, url);
    it('offers the reader button', () => {
      expect(result.isArticle, result.signals.join(' ')).toBe(true);
      expect(result.score).toBeGreaterThanOrEqual(0.5);
    });
    const news = file.startsWith('article--news');
    it(news ? 'calls it news' : 'does not call it news', () => {
      expect(result.isNews, result.signals.join(' ')).toBe(news);
    });
  });

  describe.each(files.filter((f) => f.startsWith('not-article--')))('%s', (file) => {
    it('does not offer the reader button', () => {
      const { doc, url } = load(file);
      const result = detectPage(doc, url);
      expect(result.isArticle, result.signals.join(' ')).toBe(false);
      expect(result.isNews).toBe(false);
      expect(result.score).toBeLessThan(0.5);
    });
  });
});
