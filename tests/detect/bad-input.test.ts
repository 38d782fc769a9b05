import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML, DOMParser as LinkedomParser } from 'linkedom';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../src/core/detect';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const html = (name: string): string => fs.readFileSync(path.join(fixtures, name), 'utf8');
const linkedom = (markup: string): Document => parseHTML(markup).document as unknown as Document;

describe('detectPage on bad input', () => {
  it('says "not an article" for about:blank', () => {
    const doc = new JSDOM('').window.document;
    expect(detectPage(doc, 'about:blank')).toMatchObject({ isArticle: false, isNews: false });
  });

  it('says "not an article" for a frameset page', () => {
    const doc = new JSDOM(
      '<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
    ).window.document;
    expect(detectPage(doc, 'https://old.example/').isArticle).toBe(false);
  });

  it('says "not an article" for SVG and XML documents', () => {
    const svg = new new JSDOM('').window.DOMParser().parseFromString(
      '<svg xmlns="http://www.w3.org/2000/svg"><text>Hello</text></svg>',
      'image/svg+xml',
    );
    expect(detectPage(svg, 'https://example.test/logo.svg').isArticle).toBe(false);
    const xml = new (LinkedomParser as unknown as typeof DOMParser)().parseFromString(
      '<rss><channel><item><title>A</title><description>' +
        'text '.repeat(500) +
        '</description></item></channel></rss>',
      'text/xml',
    );
    expect(detectPage(xml, 'https://example.test/feed.xml').isArticle).toBe(false);
  });

  it('does not throw on a document without a body', () => {
    const doc = new JSDOM('<html><head><title>x</title></head></html>').window.document;
    doc.body?.remove();
    expect(detectPage(doc, 'https://example.test/a').isArticle).toBe(false);
  });

  it('ignores malformed JSON-LD and still reads the page text', () => {
    const page = html('article--news-en-wire-dateline.html').replace(
      '<script type="application/ld+json">',
      '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "broken,,, }</script><script type="application/ld+json">',
    );
    const result = detectPage(
      linkedom(page),
      'https://dailyledger.example/news/2024/05/14/a-b-c-d',
    );
    expect(result.isArticle).toBe(true);
    expect(result.isNews).toBe(true);
  });

  it('still works when the page has replaced JSON and array methods', () => {
    const doc = linkedom(html('article--news-de-dateline.html'));
    const saved = {
      parse: JSON.parse,
      map: Array.prototype.map,
      filter: Array.prototype.filter,
      forEach: Array.prototype.forEach,
    };
    const broken = (): never => {
      throw new Error('replaced by the page');
    };
    try {
      JSON.parse = broken;
      Array.prototype.forEach = broken;
      const result = detectPage(doc, 'https://www.tagesblatt.example/politik/a-b-c-d-8812345.html');
      expect(result.isArticle).toBe(true);
    } finally {
      JSON.parse = saved.parse;
      Array.prototype.forEach = saved.forEach;
    }
  });

  it('finishes on a 100k-node page and calls a page of short fragments no article', () => {
    const cells = Array.from(
      { length: 25_000 },
      (_, i) => `<div class="cell"><span>item ${i}</span><a href="/i/${i}">open</a></div>`,
    ).join('');
    const doc = linkedom(
      `<!DOCTYPE html><html><head><title>Grid</title></head><body>${cells}</body></html>`,
    );
    expect(doc.querySelectorAll('*').length).toBeGreaterThan(75_000);
    expect(detectPage(doc, 'https://example.test/grid').isArticle).toBe(false);
  });

  it('never changes the page it reads', () => {
    const doc = linkedom(html('article--news-long-read.html'));
    const before = doc.documentElement.outerHTML;
    detectPage(
      doc,
      'https://dailyledger.example/news/2024/05/14/the-long-read-what-the-valley-kept',
    );
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
