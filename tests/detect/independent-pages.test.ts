import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { detectPage } from '../../src/core/detect';
import type { Detection } from '../../src/core/types';

/**
 * An independent check of the detector: pages written by someone who had not read it, modelled on
 * real sites with their full chrome (mega-menus, footers, JSON-LD, ads, comments). Judged by name
 * like the fixture pages: `article--news-*` is a dated story, `article--*` an undated or reference
 * article, `not-article--*` a page with no reader view. The page URL is the canonical link.
 */
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures-independent');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.html'));

interface Outcome {
  file: string;
  wantArticle: boolean;
  wantNews: boolean;
  got: Detection;
}
const outcomes: Outcome[] = [];

function detectFile(file: string): Detection {
  const html = fs.readFileSync(path.join(dir, file), 'utf8');
  const url = /<link\s+rel="canonical"\s+href="([^"]+)"/.exec(html)?.[1] ?? 'https://example.test/';
  const got = detectPage(parseHTML(html).document as unknown as Document, url);
  outcomes.push({
    file,
    wantArticle: file.startsWith('article--'),
    wantNews: file.startsWith('article--news'),
    got,
  });
  return got;
}

describe('independent pages', () => {
  it('has at least 20 article and 20 non-article pages', () => {
    expect(files.filter((f) => f.startsWith('article--')).length).toBeGreaterThanOrEqual(20);
    expect(files.filter((f) => f.startsWith('not-article--')).length).toBeGreaterThanOrEqual(20);
  });

  describe.each(files)('%s', (file) => {
    const wantArticle = file.startsWith('article--');
    const wantNews = file.startsWith('article--news');
    const got = detectFile(file);
    it(wantArticle ? 'offers the reader button' : 'does not offer the reader button', () => {
      expect(got.isArticle, got.signals.join(' ')).toBe(wantArticle);
    });
    it(wantNews ? 'calls it news' : 'does not call it news', () => {
      expect(got.isNews, got.signals.join(' ')).toBe(wantNews);
    });
  });

  afterAll(() => {
    const tp = outcomes.filter((o) => o.wantArticle && o.got.isArticle).length;
    const fp = outcomes.filter((o) => !o.wantArticle && o.got.isArticle).length;
    const fn = outcomes.filter((o) => o.wantArticle && !o.got.isArticle).length;
    const newsRight = outcomes.filter((o) => o.got.isNews === o.wantNews).length;
    const ratio = (a: number, b: number): string => (b === 0 ? 'n/a' : (a / b).toFixed(3));
    const wrong = outcomes
      .filter((o) => o.got.isArticle !== o.wantArticle || o.got.isNews !== o.wantNews)
      .map((o) => `  ${o.file}: article=${o.got.isArticle} news=${o.got.isNews}`);
    console.log(
      [
        `independent pages: ${outcomes.length}`,
        `isArticle precision ${ratio(tp, tp + fp)} recall ${ratio(tp, tp + fn)} (tp ${tp}, fp ${fp}, fn ${fn})`,
        `isNews accuracy ${ratio(newsRight, outcomes.length)}`,
        ...wrong,
      ].join('\n'),
    );
  });
});
