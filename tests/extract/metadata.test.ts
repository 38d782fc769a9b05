import { describe, expect, it } from 'vitest';
import { articleLinks } from '../../src/core/metadata/article-links';
import { toIsoDate } from '../../src/core/metadata/published-time';
import { readingStats } from '../../src/core/metadata/reading-time';
import { registrableDomain, siteOfUrl } from '../../src/core/metadata/registrable-domain';
import { titleWithoutSite } from '../../src/core/metadata/title-without-site';
import { parsePage } from '../../src/cli/node-dom';
import { runOnHtml } from './load-page';

describe('metadata', () => {
  it('takes no date line and no address for a byline', () => {
    const story = '<p>The river town of Lindholm reopened its old stone bridge on Tuesday after fourteen months of repairs, ending a long detour for thousands of commuters.</p>'.repeat(4);
    const head = '<title>Bridge reopens</title><meta property="article:author" content="https://www.facebook.com/154081934705904">';
    const page = (byline: string): string => `<html><head>${head}</head><body><article><h1>Bridge reopens</h1><p class="byline">${byline}</p>${story}</article></body></html>`;
    expect(runOnHtml(page('Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019')).article?.byline).toBeNull();
    expect(runOnHtml(page('By Ana Ruiz')).article?.byline).toMatch(/Ana Ruiz/);
  });

  it('shows the headline without the site name the page title ends with', () => {
    const url = 'https://www.courier-news.example/local/2024/03/bridge';
    expect(titleWithoutSite('Bridge reopens after 14 months - Lindholm Courier', 'Lindholm Courier', url)).toBe('Bridge reopens after 14 months');
    expect(titleWithoutSite('Bridge reopens | LindholmCourier', 'Lindholm Courier', url)).toBe('Bridge reopens');
    expect(titleWithoutSite('Bridge reopens — and traffic is back - courier-news.example', null, url)).toBe('Bridge reopens — and traffic is back');
    expect(titleWithoutSite('Bridge reopens - Local - Lindholm Courier', 'Lindholm Courier', url)).toBe('Bridge reopens - Local');
    // A tail that is not the site, and a title that is only the site, stay as they are.
    expect(titleWithoutSite('The view on the bridge | Editorial', 'Lindholm Courier', url)).toBe('The view on the bridge | Editorial');
    expect(titleWithoutSite('Lindholm Courier', 'Lindholm Courier', url)).toBe('Lindholm Courier');
    const story = '<p>The river town of Lindholm reopened its old stone bridge on Tuesday after fourteen months of repairs, ending a long detour for thousands of commuters.</p>'.repeat(4);
    const page = `<html><head><title>Bridge reopens after 14 months | Lindholm Courier</title><meta property="og:title" content="Bridge reopens after 14 months | Lindholm Courier"><meta property="og:site_name" content="Lindholm Courier"></head><body><article>${story}</article></body></html>`;
    expect(runOnHtml(page, url).article?.title).toBe('Bridge reopens after 14 months');
  });

  it.each([
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['www.folha.uol.com.br', 'uol.com.br'],
    ['edition.cnn.com', 'cnn.com'],
    ['example.co', 'example.co'],
    ['m.news.naver.com', 'naver.com'],
  ])('treats %s as the site %s', (host, site) => {
    expect(registrableDomain(host)).toBe(site);
  });

  it('names the site of a page address, and none for what is not an absolute URL', () => {
    expect(siteOfUrl('https://news.bbc.co.uk/world/1')).toBe('bbc.co.uk');
    expect(siteOfUrl('file:///tmp/page.html')).toBe('');
    expect(siteOfUrl('not a url')).toBe('');
  });

  it('marks links to another subdomain of the same co.uk site as same-site', () => {
    const doc = parsePage('<div id="b"><a href="https://sport.courier.co.uk/x">a</a> <a href="/y">b</a> <a href="https://other.co.uk/">c</a></div>');
    const body = doc.getElementById('b') as Element;
    const links = articleLinks(body, 'https://www.courier.co.uk/news/1', 'https://www.courier.co.uk/news/1');
    expect(links.map((link) => [link.href, link.external])).toEqual([
      ['https://sport.courier.co.uk/x', false],
      ['https://www.courier.co.uk/y', false],
      ['https://other.co.uk/', true],
    ]);
  });

  it('counts CJK text by characters for the reading time', () => {
    const korean = '서울시는 오늘 새로운 교통 정책을 발표했다. '.repeat(100);
    const chinese = '今天北京发布了新的交通政策。'.repeat(100);
    expect(readingStats(chinese).wordCount).toBe(1300);
    expect(readingStats(chinese).readingMinutes).toBe(3);
    expect(readingStats(korean).readingMinutes).toBeGreaterThanOrEqual(2);
    expect(readingStats('one two three').readingMinutes).toBe(1);
  });

  it('normalises published dates to ISO 8601', () => {
    expect(toIsoDate('2024-02-15T09:42:00+02:00')).toBe('2024-02-15T09:42:00+02:00');
    expect(toIsoDate('Thu, 15 Feb 2024 07:42:00 GMT')).toBe('2024-02-15T07:42:00.000Z');
    expect(toIsoDate('yesterday')).toBeNull();
  });

  it('falls back to meta tags and <time> for the date and to <html dir> for direction', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>פסקה מספר ${i} של הכתבה, עם מספיק מילים כדי שהקורא יזהה אותה כטקסט של מאמר אמיתי וארוך למדי, כמו שצריך, ועוד כמה מילים.</p>`).join('');
    const html = `<html lang="he" dir="rtl"><head><meta name="author" content="דנה לוי"></head><body><article><time datetime="2023-05-01T08:00:00Z">1 במאי</time>${paragraphs}</article></body></html>`;
    const article = runOnHtml(html).article;
    expect(article?.publishedTime).toBe('2023-05-01T08:00:00Z');
    expect(article?.dir).toBe('rtl');
    expect(article?.lang).toBe('he');
  });
}); // prettier-ignore
