import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodePurifierWindow, parsePage } from '../../src/cli/node-dom';
import { buildArticleText } from '../../src/core/article-text';
import { buildArticle } from '../../src/core/build-article';
import { runPipeline } from '../../src/core/pipeline';

const SAMPLE_URL = 'https://example-news.test/news/2024/02/stoltenberg-russian-personnel-expelled';
const sampleHtml = readFileSync(
  join(import.meta.dirname, '../../sample/stoltenberg-nato.html'),
  'utf8',
);

describe('runPipeline on the bundled sample page', () => {
  const doc = parsePage(sampleHtml);
  const before = doc.documentElement.outerHTML;
  const result = runPipeline(doc, SAMPLE_URL, { purifierWindow: nodePurifierWindow() });
  const article = result.article;

  it('never mutates the caller\'s document', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps exactly the story: the teaser and the seven body paragraphs', () => {
    const paragraphs = article?.text.split('\n\n') ?? [];
    expect(paragraphs).toHaveLength(8);
    expect(paragraphs[0]).toMatch(/^NATO Secretary-General Jens Stoltenberg mentions the expulsion/);
    expect(paragraphs[1]).toMatch(/^In an interview with BILD/);
    expect(paragraphs[7]).toBe('It is unclear if Stoltenberg means that those 10 were also expelled sometime later.');
  });

  it('leaves out "Read also", the donation appeal, the newsletter, credits and the cookie notice', () => {
    for (const phrase of ['Read also', 'Ukraine leaves NATO birthday', 'You could close this page', 'patron', 'morning briefing', 'Photo:', 'cookies', 'Advertisement', 'Share on']) {
      expect(article?.text).not.toContain(phrase);
    }
  });

  it('reads the metadata from JSON-LD, meta tags and the page', () => {
    expect(article).toMatchObject({
      title: 'Stoltenberg: Russian personnel expelled from NATO HQ',
      byline: 'Olena Marchuk',
      siteName: 'Example News',
      publishedTime: '2024-02-15T09:42:00+02:00',
      lang: 'en',
      dir: 'ltr',
      leadImage: 'https://example-news.test/media/2024/02/nato-hq-brussels.jpg',
    });
    expect(article?.wordCount).toBeGreaterThan(200);
    expect(article?.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  it('lists the body links as absolute and external', () => {
    expect(article?.links).toEqual([
      { href: 'https://www.bild.de/', text: 'BILD', domain: 'bild.de', external: true },
      { href: 'https://www.reuters.com/', text: 'Reuters', domain: 'reuters.com', external: true },
    ]);
  });

  it('marks every source mention in the HTML with its id and kind', () => {
    for (const source of article?.sources ?? []) {
      expect(article?.html).toContain(`data-source-id="${source.id}"`);
    }
    expect(article?.html).toMatch(/<mark[^>]*class="sl-mark sl-kind-media"[^>]*>BILD<\/mark>/);
  });

  it('resolves the lazy image and keeps no scripts, handlers or data: URLs', () => {
    expect(article?.html).toContain('src="https://example-news.test/media/2024/02/nato-hq-brussels.jpg"');
    expect(article?.html).not.toMatch(/<script|onclick|data:image|<button|<form/i);
  });

  it('offsets of every mention point at its text in article.text', () => {
    for (const source of article?.sources ?? []) {
      for (const mention of source.mentions) {
        expect(article?.text.slice(mention.start, mention.end)).toBe(mention.text);
      }
    }
  });

  it('is detection plus buildArticle: the article alone comes out the same, page untouched', () => {
    const alone = buildArticle(doc, SAMPLE_URL, { purifierWindow: nodePurifierWindow() });
    expect(alone).toEqual({ article });
    expect(result.detection).toMatchObject({ isArticle: true, isNews: true });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reports a page without an article with its reason from both', () => {
    const empty = parsePage('<html><body><nav><a href="/">Home</a></nav></body></html>');
    const alone = buildArticle(empty, SAMPLE_URL, { purifierWindow: nodePurifierWindow() });
    expect(alone.article).toBeNull();
    const whole = runPipeline(empty, SAMPLE_URL, { purifierWindow: nodePurifierWindow() });
    expect(whole).toMatchObject({ article: null, detection: { isArticle: false } });
    expect(whole.error).toBe('error' in alone ? alone.error : undefined);
    expect(whole.error).toBeTruthy();
  });
}); // prettier-ignore

describe('buildArticle on page markup that poses as ours', () => {
  const paragraph = (n: number): string =>
    `<p>Paragraph ${n} of the council story goes on about the budget, the roads and the schools of the town, with enough words to count as prose.</p>`;
  const page = `<!doctype html><html lang="en"><head><title>Council budget</title></head><body><article><h1>Council budget</h1>
    <p>"We will not raise taxes," Mayor Ana Lopez said on Tuesday.</p>
    <p>The plan was <mark class="sl-mark sl-kind-person" data-source-id="s9" data-kind="person" data-cue="said" onclick="alert(1)">praised by nobody</mark> in the hall.</p>
    ${[1, 2, 3, 4, 5, 6].map(paragraph).join('\n')}
  </article></body></html>`;
  const article = buildArticle(parsePage(page), 'https://town-news.test/council', {
    purifierWindow: nodePurifierWindow(),
  }).article;

  it('strips a page mark of our classes and ids, keeps its words and marks the real source', () => {
    expect(article?.text).toContain('The plan was praised by nobody in the hall.');
    expect(article?.html).not.toContain('s9');
    expect(article?.html).not.toContain('onclick');
    const ids = [...(article?.html ?? '').matchAll(/data-source-id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids)).toEqual(new Set(article?.sources.map((source) => source.id)));
    expect(article?.sources.map((source) => source.name)).toContain('Ana Lopez');
  });

  it('reads its text from the HTML it shows, so every mention is a marked word there', () => {
    const shown = parsePage(`<!doctype html><html><body>${article?.html ?? ''}</body></html>`);
    expect(buildArticleText(shown.body).text).toBe(article?.text);
  });
}); // prettier-ignore
