import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/platform/library/canonical-url';

describe('the canonical URL of a saved article', () => {
  it.each([
    ['https://News.Example/a?utm_source=x&utm_campaign=y#top', 'https://news.example/a'],
    ['https://news.example/a?id=7&fbclid=abc&gclid=d', 'https://news.example/a?id=7'],
    ['https://news.example:443/a', 'https://news.example/a'],
    ['http://news.example/a?page=2', 'http://news.example/a?page=2'],
  ])('reads %s as %s', (url, canonical) => {
    expect(canonicalUrl(url)).toBe(canonical);
  });

  it('keeps parameters that choose the page', () => {
    expect(canonicalUrl('https://news.example/story.php?id=12&lang=fr')).toBe(
      'https://news.example/story.php?id=12&lang=fr',
    );
  });

  it('refuses browser pages and files', () => {
    expect(() => canonicalUrl('chrome://extensions')).toThrow();
    expect(() => canonicalUrl('file:///tmp/a.html')).toThrow();
  });
});
