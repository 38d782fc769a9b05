import { describe, expect, it } from 'vitest';
import { runOnHtml } from './load-page';

const page = (head: string, body: string): string =>
  `<html lang="en"><head><title>Opening hours</title>${head}</head><body><main>${body}</main></body></html>`;

const BLURB =
  '<p>The museum is open from ten until six, every day except Monday. Entry is free for children.</p>';
const NEWS_LD =
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Museum opens"}</script>';

describe('pages too short to be an article', () => {
  it('a page of one short paragraph and no article metadata: article null with the reason', () => {
    const result = runOnHtml(page('', BLURB));
    expect(result.article).toBeNull();
    expect(result.error).toMatch(/too short/);
  });

  it('the same paragraph on a page that declares a news article is still shown (a news brief)', () => {
    expect(runOnHtml(page(NEWS_LD, BLURB)).article?.text).toContain('The museum is open');
    expect(runOnHtml(page('<meta property="og:type" content="article">', BLURB)).article).not.toBeNull();
  });

  it('counts Chinese text by weight: 100 characters are enough, 40 are not', () => {
    const sentence = '博物馆每天上午十点开放，下午六点关闭，星期一休息。';
    const long = `<p>${sentence.repeat(4)}</p>`;
    const short = `<p>${sentence.slice(0, 20)}。${sentence.slice(0, 19)}</p>`;
    const zh = (body: string): string => page('', body).replace('lang="en"', 'lang="zh"');
    expect(runOnHtml(zh(long)).article).not.toBeNull();
    expect(runOnHtml(zh(short)).error).toMatch(/too short/);
  });
}); // prettier-ignore

describe('text that is data, not prose', () => {
  const LONG = `<p>${'The museum is open from ten until six, every day except Monday. '.repeat(6)}</p>`;

  it('a page whose text is full of control characters (a binary file read as HTML): article null', () => {
    const garbled = Array.from({ length: 600 }, (_, i) => String.fromCharCode(i % 2 ? 65 + (i % 26) : 1 + (i % 8))).join('');
    const result = runOnHtml(page(NEWS_LD, `<p>${garbled}</p>`));
    expect(result.article).toBeNull();
    expect(result.error).toMatch(/^not text: \d+ control characters/);
  });

  it('an article with a stray control character a CMS left in is still shown', () => {
    expect(runOnHtml(page('', LONG.replace('Monday', 'Mon\u0008day'))).article?.text).toContain('The museum is open');
  });
}); // prettier-ignore
