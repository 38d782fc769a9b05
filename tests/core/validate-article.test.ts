import { describe, expect, it } from 'vitest';
import { validateArticle, validateExtractResult } from '../../src/core/validate-article';

const article = {
  title: 'T',
  byline: null,
  siteName: 'Site',
  publishedTime: '2026-01-01T00:00:00.000Z',
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  wordCount: 3,
  readingMinutes: 1,
  html: '<p>Hi</p>',
  text: 'Hi',
  sources: [
    {
      id: 's1',
      name: 'Reuters',
      kind: 'media',
      mentions: [{ text: 'Reuters', cue: 'according to', start: 0, end: 7 }],
    },
  ],
  links: [{ href: 'https://reuters.com/', text: 'Reuters', domain: 'reuters.com', external: true }],
};

describe('article data that crossed a trust boundary', () => {
  it('comes back as a plain copy with only the known fields', () => {
    const copy = validateArticle({ ...article, injected: '<script>' });
    expect(copy).toEqual(article);
    expect('injected' in copy).toBe(false);
  });

  it('accepts a "not an article" result with its reason', () => {
    const result = validateExtractResult({
      detection: { isArticle: false, isNews: false, score: 0, signals: [] },
      article: null,
      error: 'no text',
    });
    expect(result).toEqual({
      detection: { isArticle: false, isNews: false, score: 0, signals: [] },
      article: null,
      error: 'no text',
    });
  });

  it.each([
    ['an unknown source kind', { ...article, sources: [{ ...article.sources[0], kind: 'alien' }] }],
    [
      'a mention without offsets',
      { ...article, sources: [{ ...article.sources[0], mentions: [{ text: 'x', cue: 'said' }] }] },
    ],
    ['a numeric title', { ...article, title: 42 }],
    ['links that are not a list', { ...article, links: 'https://x' }],
  ])('is refused when it has %s', (_, bad) => {
    expect(() => validateArticle(bad)).toThrow();
  });
});
